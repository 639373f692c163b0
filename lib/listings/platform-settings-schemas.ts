import { z } from 'zod';
import { businessTypes } from './business-types';

// Inputs of the platforms settings page beside the shared ones in schemas.ts.
// Messages are full keys under "listings.errors".

export const platformIdSchema = z.object({
  platformId: z.uuid({ error: 'listings.errors.platformInvalid' }),
});

export const freshnessDaysSchema = z.object({
  freshnessDays: z.coerce
    .number({ error: 'listings.errors.freshnessInvalid' })
    .int({ error: 'listings.errors.freshnessInvalid' })
    .min(1, { error: 'listings.errors.freshnessInvalid' })
    .max(365, { error: 'listings.errors.freshnessInvalid' }),
});
export type FreshnessDaysInput = z.output<typeof freshnessDaysSchema>;

/**
 * The kind of business, on the platforms page; the onboarding form's schema takes the same field.
 * Choosing it again switches the catalogue platforms to its preset.
 */
export const businessTypeSchema = z.object({
  businessType: z.enum(businessTypes, { error: 'businessTypes.errors.required' }),
});
export type BusinessTypeInput = z.output<typeof businessTypeSchema>;

export { platformKinds } from './platform-kinds';
