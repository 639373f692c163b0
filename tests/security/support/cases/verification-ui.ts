// Registry: the entry points of the listings verification in the app (the API's are in
// api-routes.ts): the settings, "Jetzt prüfen" for a location and for the whole organisation,
// accepting a suggested status, and the progress route the page polls. Runs go into pg-boss
// through the send-only sender (entry-points.test.ts runs with JOBS=off): no source is asked.
import { memberFormCase, type EntryPointCase } from '../entry-point-case';
import { sourcesSwitchedOn } from '../verification-fixtures';

const o = 'app/(app)/o/[slug]';
const saved = { kind: 'form' } as const;

export const verificationUiCases: EntryPointCase[] = [
  memberFormCase(
    `${o}/settings/verification/_actions/update-verification-settings.ts#updateVerificationSettingsAction`,
    { minimumRole: 'OWNER', namesRecords: false },
    {
      form: () => ({ sources: ['WEBSITE', 'OPENSTREETMAP'], schedule: 'WEEKLY' }),
      success: saved,
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/settings/verification/_actions/start-organisation-verification.ts#startOrganisationVerificationAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    { prepare: sourcesSwitchedOn, form: () => ({}), success: saved, writes: true },
  ),
];
