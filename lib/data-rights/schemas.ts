import { z } from 'zod';

// The inputs of the data-rights forms, one schema each for form and action. Messages are keys:
// dotted ones are full paths in messages/*/data-rights.json.

/** Deleting an organisation: its name, typed again (compared with the name by the data layer). */
export const organisationDeletionSchema = z.object({
  confirmation: z
    .string({ error: 'dataRights.errors.confirmationRequired' })
    .trim()
    .min(1, { error: 'dataRights.errors.confirmationRequired' })
    .max(200, { error: 'dataRights.errors.confirmationMismatch' }),
});

/**
 * Deleting one's account: the current password, or for accounts without one (signed up through
 * a provider) the email address typed again. The data layer decides which of the two counts.
 */
export const accountDeletionSchema = z.object({
  currentPassword: z.string().max(1024, { error: 'passwordTooLong' }).optional(),
  confirmEmail: z.string().trim().toLowerCase().max(254, { error: 'emailTooLong' }).optional(),
});

export type OrganisationDeletionInput = z.infer<typeof organisationDeletionSchema>;
export type AccountDeletionInput = z.infer<typeof accountDeletionSchema>;
