// Registry: the mail preferences page's action. Every member sets their own choice (no id comes
// from outside); the monthly report is for owners and managers only.
import { memberFormCase, type EntryPointCase } from '../entry-point-case';

const o = 'app/(app)/o/[slug]';

export const mailPreferenceCases: EntryPointCase[] = [
  {
    ...memberFormCase(
      `${o}/notifications/mail/_actions/update-mail-preferences.ts#updateMailPreferencesAction`,
      { minimumRole: 'STAFF', namesRecords: false },
      {
        form: () => ({ weeklyDigestMail: 'off', monthlyReportMail: 'on' }),
        success: { kind: 'form' },
        writes: true,
      },
    ),
    extraProbes: (world) => [
      {
        name: 'a staff member, opting in to the monthly report',
        sessionId: world.victim.staff.sessionId,
        refusals: ['FORBIDDEN'],
      },
    ],
  },
];
