import { z } from 'zod';

// One schema per input of the verification, shared by the settings form, the actions and the
// HTTP API. Messages are full keys under "verification.errors".
const error = (key: string) => ({ error: `verification.errors.${key}` });

export const verificationSourceValues = ['WEBSITE', 'OPENSTREETMAP', 'GOOGLE'] as const;
export const verificationScheduleValues = ['OFF', 'DAILY', 'WEEKLY'] as const;

export const verificationSourceSchema = z.enum(verificationSourceValues, error('sourceInvalid'));

/** The owner's settings: which sources may be asked, and how often every location is checked. */
export const verificationSettingsSchema = z.object({
  // A form sends one "sources" value per ticked box: none, one (a string) or several (a list).
  sources: z
    .preprocess(
      (value) => (value === undefined || value === null || value === '' ? [] : [value].flat()),
      z.array(verificationSourceSchema).max(3, error('sourceInvalid')),
    )
    .transform((sources) => [...new Set(sources)]),
  schedule: z.enum(verificationScheduleValues, error('scheduleInvalid')),
});
export type VerificationSettingsInput = z.output<typeof verificationSettingsSchema>;

/** Accepting an observation's suggested status on a checklist item. */
export const acceptSuggestionSchema = z.object({
  source: z.enum(['OPENSTREETMAP', 'GOOGLE'], error('sourceInvalid')),
});
