// The choices of a bulk change of special hours, without server code or packages: the form's
// client components read them as the schema does.

export const holidayHoursPeriods = ['holiday', 'range'] as const;
export const holidayHoursScopes = ['ALL', 'CITY', 'REGION', 'GROUP'] as const;
export const holidayHoursExistingChoices = ['SKIP', 'REPLACE'] as const;

export type HolidayHoursScope = (typeof holidayHoursScopes)[number];
export type HolidayHoursExisting = (typeof holidayHoursExistingChoices)[number];

/** At most this many locations get special hours in one batch (one transaction). */
export const maxBatchLocations = 5_000;
/** A period of at most this many days (a year): longer closures are not holiday hours. */
export const maxPeriodDays = 366;
/** Locations a preview lists per page. */
export const previewPageSize = 50;
