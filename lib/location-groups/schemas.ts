import { z } from 'zod';
import {
  isSingleLineText,
  isStorableText,
  singleLineTextError,
  storableTextError,
} from '@/lib/validation/storable-text';

// Inputs of location groups: the form, the API and the tests share these schemas. Messages are
// full keys under "locationGroups.errors" (or bare keys under "validation").

export const locationGroupKinds = ['REGION', 'FRANCHISE_PARTNER', 'DISTRICT', 'OTHER'] as const;
export const locationGroupModes = ['hand', 'rule'] as const;
export const locationGroupRuleFields = ['CITY', 'REGION', 'POSTAL_CODE_PREFIX'] as const;
export type LocationGroupRuleFieldValue = (typeof locationGroupRuleFields)[number];

const nameSchema = z
  .string({ error: 'locationGroups.errors.nameRequired' })
  .trim()
  .min(1, { error: 'locationGroups.errors.nameRequired' })
  .max(80, { error: 'locationGroups.errors.nameTooLong' })
  .refine(isStorableText, storableTextError)
  .refine(isSingleLineText, singleLineTextError);

const kindSchema = z.enum(locationGroupKinds, { error: 'locationGroups.errors.kindInvalid' });
const modeSchema = z.enum(locationGroupModes, { error: 'locationGroups.errors.modeInvalid' });
const ruleFieldSchema = z.enum(locationGroupRuleFields, { error: 'locationGroups.errors.ruleFieldInvalid' });
const ruleValueSchema = z.string({ error: 'locationGroups.errors.ruleValueRequired' }).trim();

const postalCodePrefix = /^[A-Za-z0-9]{1,10}$/;

type RuleParts = { mode?: 'hand' | 'rule'; ruleField?: LocationGroupRuleFieldValue; ruleValue?: string };

/** A rule needs its field and a value that suits it; a hand group has neither. */
function checkRule(input: RuleParts, context: z.RefinementCtx, modeRequired: boolean) {
  const hasRuleParts = input.ruleField !== undefined || (input.ruleValue ?? '') !== '';
  if (input.mode === undefined) {
    if (modeRequired || hasRuleParts)
      context.addIssue({ code: 'custom', path: ['mode'], message: 'locationGroups.errors.modeInvalid' });
    return;
  }
  if (input.mode === 'hand') return;
  if (input.ruleField === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['ruleField'],
      message: 'locationGroups.errors.ruleFieldInvalid',
    });
    return;
  }
  const value = input.ruleValue ?? '';
  if (value === '') {
    context.addIssue({
      code: 'custom',
      path: ['ruleValue'],
      message: 'locationGroups.errors.ruleValueRequired',
    });
  } else if (input.ruleField === 'POSTAL_CODE_PREFIX' && !postalCodePrefix.test(value)) {
    context.addIssue({
      code: 'custom',
      path: ['ruleValue'],
      message: 'locationGroups.errors.postalCodePrefixInvalid',
    });
  } else if (input.ruleField !== 'POSTAL_CODE_PREFIX' && value.length > 100) {
    context.addIssue({
      code: 'custom',
      path: ['ruleValue'],
      message: 'locationGroups.errors.ruleValueTooLong',
    });
  } else if (!isStorableText(value) || !isSingleLineText(value)) {
    context.addIssue({ code: 'custom', path: ['ruleValue'], message: 'textInvalid' });
  }
}

/** The rule as stored: null for a hand group. */
export type LocationGroupRule = { field: LocationGroupRuleFieldValue; value: string } | null;

function ruleOf(input: RuleParts): LocationGroupRule | undefined {
  if (input.mode === undefined) return undefined;
  if (input.mode === 'hand') return null;
  return { field: input.ruleField!, value: input.ruleValue! };
}

const groupFields = z.object({
  name: nameSchema,
  kind: kindSchema.default('OTHER'),
  mode: modeSchema,
  ruleField: ruleFieldSchema.optional(),
  ruleValue: ruleValueSchema.optional(),
});

/** A new group (form and POST /api/v1/location-groups). */
export const locationGroupInputSchema = groupFields
  .superRefine((input, context) => checkRule(input, context, true))
  .transform(({ name, kind, ...rule }) => ({ name, kind, rule: ruleOf(rule) ?? null }));

/**
 * A change (the edit form sends every field; PATCH the ones to change). The rule is changed as a
 * whole: `mode` with, for a rule, `ruleField` and `ruleValue`.
 */
export const locationGroupUpdateSchema = groupFields
  .extend({ kind: kindSchema })
  .partial()
  .superRefine((input, context) => checkRule(input, context, false))
  .transform(({ name, kind, ...rule }) => ({ name, kind, rule: ruleOf(rule) }));

export type LocationGroupInput = z.output<typeof locationGroupInputSchema>;
export type LocationGroupUpdate = z.output<typeof locationGroupUpdateSchema>;

export const locationGroupIdSchema = z.uuid({ error: 'locationGroups.errors.groupInvalid' });

/** Locations to add to or remove from a hand group: 1 to 500 ids at once. */
export const locationGroupMembersChangeSchema = z.object({
  locationIds: z
    .array(z.uuid({ error: 'locationGroups.errors.locationInvalid' }), {
      error: 'locationGroups.errors.locationsRequired',
    })
    .min(1, { error: 'locationGroups.errors.locationsRequired' })
    .max(500, { error: 'locationGroups.errors.tooManyLocations' })
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
});

/** The groups a manager is limited to (empty: not limited). */
export const managerGroupLimitSchema = z.object({
  groupIds: z
    .array(z.uuid({ error: 'locationGroups.errors.groupInvalid' }), {
      error: 'locationGroups.errors.groupInvalid',
    })
    .max(200, { error: 'locationGroups.errors.tooManyGroups' })
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
});

/** A page of a group's members, by name. */
export const locationGroupMembersPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  q: z.string().trim().max(100).refine(isStorableText).catch(''),
});

export type LocationGroupMembersChange = z.output<typeof locationGroupMembersChangeSchema>;
export type ManagerGroupLimit = z.output<typeof managerGroupLimitSchema>;

/** The members page's form: one manager's limit. */
export const managerGroupLimitFormSchema = managerGroupLimitSchema.extend({
  membershipId: z.uuid({ error: 'locationGroups.errors.memberInvalid' }),
});
