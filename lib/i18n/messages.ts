// Every UI string, per locale. Each area keeps its namespaces in its own file under
// messages/<locale>/; add a new file to both locales here.
import deApiTokens from '@/messages/de/api-tokens.json';
import deCore from '@/messages/de/core.json';
import deListings from '@/messages/de/listings.json';
import deLocationImport from '@/messages/de/location-import.json';
import deLocationMap from '@/messages/de/location-map.json';
import deLocations from '@/messages/de/locations.json';
import deNap from '@/messages/de/nap.json';
import enApiTokens from '@/messages/en/api-tokens.json';
import enCore from '@/messages/en/core.json';
import enListings from '@/messages/en/listings.json';
import enLocationImport from '@/messages/en/location-import.json';
import enLocationMap from '@/messages/en/location-map.json';
import enLocations from '@/messages/en/locations.json';
import enNap from '@/messages/en/nap.json';
import deCheckins from '@/messages/de/checkins.json';
import deTimeEntries from '@/messages/de/time-entries.json';
import deBenchmarks from '@/messages/de/benchmarks.json';
import deNotifications from '@/messages/de/notifications.json';
import enCheckins from '@/messages/en/checkins.json';
import enTimeEntries from '@/messages/en/time-entries.json';
import enBenchmarks from '@/messages/en/benchmarks.json';
import enNotifications from '@/messages/en/notifications.json';
import deAudit from '@/messages/de/audit.json';
import deDataRights from '@/messages/de/data-rights.json';
import enAudit from '@/messages/en/audit.json';
import enDataRights from '@/messages/en/data-rights.json';
import deBusinessTypes from '@/messages/de/business-types.json';
import enBusinessTypes from '@/messages/en/business-types.json';
import deVerification from '@/messages/de/verification.json';
import enVerification from '@/messages/en/verification.json';
import deScoreHistory from '@/messages/de/score-history.json';
import enScoreHistory from '@/messages/en/score-history.json';
import deWebhooks from '@/messages/de/webhooks.json';
import enWebhooks from '@/messages/en/webhooks.json';
import deLocationGroups from '@/messages/de/location-groups.json';
import enLocationGroups from '@/messages/en/location-groups.json';
import deDigest from '@/messages/de/digest.json';
import enDigest from '@/messages/en/digest.json';
import deReports from '@/messages/de/reports.json';
import enReports from '@/messages/en/reports.json';
import deGroupFilter from '@/messages/de/group-filter.json';
import enGroupFilter from '@/messages/en/group-filter.json';
import dePublishingSettings from '@/messages/de/publishing-settings.json';
import enPublishingSettings from '@/messages/en/publishing-settings.json';
import dePublicLocator from '@/messages/de/public-locator.json';
import enPublicLocator from '@/messages/en/public-locator.json';
import deHolidayHours from '@/messages/de/holiday-hours.json';
import enHolidayHours from '@/messages/en/holiday-hours.json';
import deLocationPublishing from '@/messages/de/location-publishing.json';
import enLocationPublishing from '@/messages/en/location-publishing.json';
import type { AppLocale } from './locales';

export const messagesByLocale = {
  de: {
    ...deCore,
    ...deLocations,
    ...deApiTokens,
    ...deLocationImport,
    ...deLocationMap,
    ...deListings,
    ...deNap,
    ...deCheckins,
    ...deTimeEntries,
    ...deBenchmarks,
    ...deNotifications,
    ...deAudit,
    ...deDataRights,
    ...deBusinessTypes,
    ...deVerification,
    ...deScoreHistory,
    ...deWebhooks,
    ...deLocationGroups,
    ...deDigest,
    ...deReports,
    ...dePublicLocator,
    ...deGroupFilter,
    ...deHolidayHours,
    ...dePublishingSettings,
    ...deLocationPublishing,
  },
  en: {
    ...enCore,
    ...enLocations,
    ...enApiTokens,
    ...enLocationImport,
    ...enLocationMap,
    ...enListings,
    ...enNap,
    ...enCheckins,
    ...enTimeEntries,
    ...enBenchmarks,
    ...enNotifications,
    ...enAudit,
    ...enDataRights,
    ...enBusinessTypes,
    ...enVerification,
    ...enScoreHistory,
    ...enWebhooks,
    ...enLocationGroups,
    ...enDigest,
    ...enReports,
    ...enPublicLocator,
    ...enGroupFilter,
    ...enHolidayHours,
    ...enPublishingSettings,
    ...enLocationPublishing,
  },
} satisfies Record<AppLocale, object>;

export type Messages = (typeof messagesByLocale)['de'];
