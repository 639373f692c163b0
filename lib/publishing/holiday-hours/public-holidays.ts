import Holidays from 'date-holidays';

// The public holidays a bulk change of special hours can be set for: Germany's nationwide ones and
// those of each Bundesland, as the date-holidays package (3.37.0, pinned) knows them. Besides the
// holidays in law, Christmas Eve and New Year's Eve (bank holidays there, not public ones) are
// offered too, since those are the days shops most often change their hours. Pure: no database.

/** "DE" (nationwide) or a Bundesland as ISO 3166-2 ("DE-BY"). */
export const holidayRegions = [
  'DE',
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
] as const;
export type HolidayRegion = (typeof holidayRegions)[number];

export type PublicHoliday = {
  /** YYYY-MM-DD */
  date: string;
  name: string;
  /** false for Christmas Eve and New Year's Eve: customary, not a holiday in law. */
  inLaw: boolean;
};

const calendars = new Map<string, Holidays>();

function calendarOf(region: HolidayRegion) {
  let calendar = calendars.get(region);
  if (!calendar) {
    const state = region.slice(3);
    calendar = state
      ? new Holidays('DE', state, { types: ['public', 'bank'] })
      : new Holidays('DE', { types: ['public', 'bank'] });
    calendars.set(region, calendar);
  }
  return calendar;
}

/** The holidays of `region` in `year`, by date, named in `language` ("de" or "en"). */
export function holidaysInYear(region: HolidayRegion, year: number, language: 'de' | 'en' = 'de') {
  return calendarOf(region)
    .getHolidays(year, language)
    .map((holiday) => ({
      date: holiday.date.slice(0, 10),
      name: holiday.name,
      inLaw: holiday.type === 'public',
    }))
    .sort((a, b) => a.date.localeCompare(b.date)) satisfies PublicHoliday[];
}

/** The holidays of `region` from `today` (YYYY-MM-DD) for twelve months, by date. */
export function upcomingHolidays(region: HolidayRegion, today: string, language: 'de' | 'en' = 'de') {
  const year = Number(today.slice(0, 4));
  const until = `${year + 1}${today.slice(4)}`;
  return [...holidaysInYear(region, year, language), ...holidaysInYear(region, year + 1, language)].filter(
    (holiday) => holiday.date >= today && holiday.date < until,
  );
}

/** The holiday of `region` on `date`, or null when there is none. */
export function holidayOn(region: HolidayRegion, date: string, language: 'de' | 'en' = 'de') {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  return holidaysInYear(region, year, language).find((holiday) => holiday.date === date) ?? null;
}
