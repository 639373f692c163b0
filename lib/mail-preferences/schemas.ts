import { z } from 'zod';

// The mail preferences form: one switch per scheduled mail, sent as "on" or "off" (the form sends
// "off" for a switch left off). The monthly report's switch is for owners and managers only:
// staff's form has none, and the data layer refuses it from them.

const switchValue = z
  .enum(['on', 'off'], { error: 'digest.errors.switchInvalid' })
  .transform((value) => value === 'on');

export const mailPreferencesSchema = z.object({
  weeklyDigestMail: switchValue,
  monthlyReportMail: switchValue.optional(),
});

export type MailPreferencesInput = z.output<typeof mailPreferencesSchema>;
