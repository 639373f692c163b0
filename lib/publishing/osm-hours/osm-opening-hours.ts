import OpeningHours from 'opening_hours';
import { weekdays, type Weekday } from '@/lib/locations/field-values';
import type { SpecialHours } from '@/lib/locations/schemas';
import type { PlainDate } from '@/lib/weeks/iso-week';
import type { PublishableLocation } from '../publishable-location';

// A location's weekly hours and upcoming special hours as one OpenStreetMap opening_hours value,
// in the wiki's syntax: "Mo-Fr 06:30-18:00; Sa 07:00-12:00; 2026 Dec 24 07:00-12:00;
// 2026 Dec 25-26 off". Weekdays with the same hours share a rule; each special hours entry is a
// rule of its own after them, and a later rule replaces the earlier ones on its dates. Where
// entries overlap the master data lets the shorter one win (lib/hours/structured-hours.ts), so the
// longer ones come first. A date range is written "2026 Dec 25-26" or "2026 Dec 31-2027 Jan 02":
// the opening_hours package misreads "2026 Dec 25,26" and refuses "2026 Nov 30-Dec 02" (the
// test reads every value back with it).
// OpenStreetMap takes at most 255 characters; the farthest special hours are left out until it
// fits, and a warning says from which date on.

export const maxOsmValueLength = 255;

export type OsmOpeningHours = { value: string; warnings: string[] };

export type OsmOpeningHoursDetails = {
  value: string;
  /** The first date of the special hours left out to stay within 255 characters; null: none. */
  leftOutFrom: PlainDate | null;
  /** Longer than OpenStreetMap allows even without special hours (more ranges than fit). */
  tooLong: boolean;
  /** What the opening_hours package says about the value (it reads it, or says why not). */
  validatorWarnings: string[];
};

type HoursLocation = Pick<PublishableLocation, 'openingHours' | 'specialHours'>;
type SpecialEntry = SpecialHours[number];

const dayAbbreviations: Record<Weekday, string> = {
  mon: 'Mo',
  tue: 'Tu',
  wed: 'We',
  thu: 'Th',
  fri: 'Fr',
  sat: 'Sa',
  sun: 'Su',
};
const monthAbbreviations = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

const rangesText = (ranges: readonly { opens: string; closes: string }[]) =>
  ranges.map(({ opens, closes }) => `${opens}-${closes}`).join(',');

/** "Mo-Fr", "Sa,Su", "Mo,We,Fr": runs of three or more days as a range. */
function daySelector(days: readonly Weekday[]): string {
  const runs: Weekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && weekdays.indexOf(run.at(-1)!) + 1 === weekdays.indexOf(day)) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length >= 3
        ? `${dayAbbreviations[run[0]!]}-${dayAbbreviations[run.at(-1)!]}`
        : run.map((day) => dayAbbreviations[day]).join(','),
    )
    .join(',');
}

function weeklyRules(hours: HoursLocation['openingHours']): string[] {
  const daysByHours = new Map<string, Weekday[]>();
  for (const day of weekdays) {
    const ranges = hours[day] ?? [];
    if (ranges.length === 0) continue;
    const key = rangesText(ranges);
    daysByHours.set(key, [...(daysByHours.get(key) ?? []), day]);
  }
  return [...daysByHours].map(([ranges, days]) => `${daySelector(days)} ${ranges}`);
}

function dateText(date: PlainDate, after?: PlainDate): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  const monthName = monthAbbreviations[Number(month) - 1]!;
  if (!after) return `${year} ${monthName} ${day}`;
  // opening_hours 3.x reads "2027 Feb 26-28" (a range to the end of February) as no day at all.
  const shortForm = after.slice(0, 7) === date.slice(0, 7) && !(month === '02' && Number(day) >= 28);
  return shortForm ? day : `${year} ${monthName} ${day}`;
}

function specialRule(entry: SpecialEntry): string {
  const { startDate, endDate } = entry;
  const dates =
    startDate === endDate ? dateText(startDate) : `${dateText(startDate)}-${dateText(endDate, startDate)}`;
  return `${dates} ${entry.closed || entry.ranges.length === 0 ? 'off' : rangesText(entry.ranges)}`;
}

const lengthInDays = (entry: SpecialEntry) => Date.parse(entry.endDate) - Date.parse(entry.startDate);

function valueOf(weekly: string[], specials: readonly SpecialEntry[]) {
  // Longer entries first, so that a shorter one inside them has the last word (a stable sort
  // keeps entries of equal length in their order, the later one last, as the master data reads).
  const ordered = [...specials].sort((a, b) => lengthInDays(b) - lengthInDays(a));
  return [...weekly, ...ordered.map(specialRule)].join('; ');
}

export function osmOpeningHoursDetails(location: HoursLocation, today: PlainDate): OsmOpeningHoursDetails {
  const weekly = weeklyRules(location.openingHours);
  // Without weekly hours every other day is closed already; a closed special day says nothing.
  let upcoming = location.specialHours
    .filter((entry) => entry.endDate >= today)
    .filter((entry) => weekly.length > 0 || (!entry.closed && entry.ranges.length > 0));
  let leftOutFrom: PlainDate | null = null;
  let value = valueOf(weekly, upcoming);
  while (value.length > maxOsmValueLength && upcoming.length > 0) {
    // Every entry that starts on the farthest date goes at once: all from `leftOutFrom` on are out.
    leftOutFrom = upcoming.reduce(
      (latest, entry) => (entry.startDate > latest ? entry.startDate : latest),
      '',
    );
    upcoming = upcoming.filter((entry) => entry.startDate < leftOutFrom!);
    value = valueOf(weekly, upcoming);
  }
  return {
    value,
    leftOutFrom,
    tooLong: value.length > maxOsmValueLength,
    validatorWarnings: value ? validatorWarnings(value) : [],
  };
}

function validatorWarnings(value: string): string[] {
  try {
    // No public or school holidays in the value: no place needed. The package also warns about
    // dates before its own today; ours are upcoming by `today`, which the caller chose.
    return new OpeningHours(value, null).getWarnings().filter((warning) => !/in the past/.test(warning));
  } catch (error) {
    return [`opening_hours cannot read the value: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** The value and what to know about it, in English (the API's language). */
export function osmOpeningHours(location: HoursLocation, today: PlainDate): OsmOpeningHours {
  const details = osmOpeningHoursDetails(location, today);
  return { value: details.value, warnings: osmOpeningHoursWarnings(details) };
}

export function osmOpeningHoursWarnings(details: OsmOpeningHoursDetails): string[] {
  const { value, leftOutFrom, tooLong, validatorWarnings } = details;
  const warnings: string[] = [];
  if (!value) warnings.push('The location has no opening hours to publish.');
  if (leftOutFrom) {
    warnings.push(
      `Special hours from ${leftOutFrom} on are left out: OpenStreetMap takes at most ${maxOsmValueLength} characters.`,
    );
  }
  if (tooLong) {
    warnings.push(
      `The weekly hours alone are longer than the ${maxOsmValueLength} characters OpenStreetMap takes.`,
    );
  }
  return [...warnings, ...validatorWarnings];
}
