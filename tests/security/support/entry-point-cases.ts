// The registry: one case per entry point of the app (see entry-point-case.ts for what a case
// holds). tests/security/entry-points.test.ts fails for an entry point without a case here and
// for a case whose entry point no longer exists.
import { accountActionCases } from './cases/account-actions';
import { apiRouteCases } from './cases/api-routes';
import { dataRightsCases } from './cases/data-rights';
import { holidayHoursCases } from './cases/holiday-hours';
import { locationGroupCases } from './cases/location-groups';
import { mailPreferenceCases } from './cases/mail-preferences';
import { organisationActionCases } from './cases/organisation-actions';
import { organisationRouteCases } from './cases/organisation-routes';
import { publicRouteCases } from './cases/public-routes';
import { publishingSettingsCases } from './cases/publishing-settings';
import { reportCases } from './cases/reports';
import { structuredDataCases } from './cases/structured-data';
import { verificationUiCases } from './cases/verification-ui';
import { webhookCases } from './cases/webhooks';
import type { EntryPointCase } from './entry-point-case';

export const entryPointCases: EntryPointCase[] = [
  ...organisationActionCases,
  ...accountActionCases,
  ...organisationRouteCases,
  ...apiRouteCases,
  ...publicRouteCases,
  ...dataRightsCases,
  ...verificationUiCases,
  ...webhookCases,
  ...locationGroupCases,
  ...mailPreferenceCases,
  ...reportCases,
  ...publishingSettingsCases,
  ...structuredDataCases,
  ...holidayHoursCases,
];
