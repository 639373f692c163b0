// What the import preview shows of a row: its main fields as they will be stored (after the input
// schema's normalisation), and for an update the fields that change, old and new as text. Kept
// small, as a report holds up to 20,000 rows: only the fields the preview table shows, hours as
// runs of days, and changed values cut at a length a table cell can show.
import { weekdays, type LocationInput, type Weekday } from '../schemas';
import { formatPhoneInternational } from '../format';
import type { CsvLocation } from './google-columns';
import { formatRanges, formatSpecialHours, type TimeRange } from './hours-format';

/** A row's main fields as stored; optional ones that are empty are left out. */
export type ImportRowValues = {
  name: string;
  street: string;
  addressExtra?: string;
  postalCode: string;
  city: string;
  countryCode: string;
  /** International format, e.g. "+49 471 4829310". */
  phone?: string;
  website?: string;
  /**
   * Opening hours as runs of consecutive days (Monday first) with the same hours:
   * [first day, last day, "06:30-13:00,14:00-18:00"]; days without hours (closed) are left out.
   */
  openingHours: [Weekday, Weekday, string][];
};

/** The fields an import compares, in the order a row's changes list them; opening hours per day. */
export const importFields = [
  'name',
  'street',
  'addressExtra',
  'postalCode',
  'city',
  'region',
  'countryCode',
  'phone',
  'website',
  'primaryCategory',
  'description',
  'openingHours.mon',
  'openingHours.tue',
  'openingHours.wed',
  'openingHours.thu',
  'openingHours.fri',
  'openingHours.sat',
  'openingHours.sun',
  'specialHours',
  'position',
] as const satisfies readonly (keyof LocationInput | `openingHours.${Weekday}` | 'position')[];
export type ImportField = (typeof importFields)[number];

/**
 * One changed field: the stored text and the text it becomes, empty for "not set" (a day's hours:
 * closed). Hours as in the CSV cells, a position as "53.5396, 8.5809".
 */
export type FieldChange = { field: ImportField; from: string; to: string };

/** Longer values (a description, many special hours) are cut here, with an ellipsis. */
export const maxChangeTextLength = 120;

const cut = (text: string) =>
  text.length > maxChangeTextLength ? `${text.slice(0, maxChangeTextLength - 1).trimEnd()}…` : text;

/** What both sides of a comparison hold: the input schema's output, or a stored location read loosely. */
export type ComparableLocation = {
  name: string;
  street: string;
  addressExtra?: string | null;
  postalCode: string;
  city: string;
  region?: string | null;
  countryCode: string;
  phone?: string | null;
  website?: string | null;
  primaryCategory?: string | null;
  description?: string | null;
  openingHours: Partial<Record<Weekday, readonly TimeRange[]>>;
  specialHours: LocationInput['specialHours'] | CsvLocation['specialHours'];
};

const phoneText = (phone: string | null | undefined) => (phone ? formatPhoneInternational(phone) : '');

/** "53.5396, 8.5809", or empty without a position. */
export function positionText(latitude: number | null | undefined, longitude: number | null | undefined) {
  return latitude === null || latitude === undefined || longitude === null || longitude === undefined
    ? ''
    : `${latitude}, ${longitude}`;
}

/** Special hours in a form that compares equal exactly when the data is (order does not count). */
export function specialHoursText(entries: ComparableLocation['specialHours']) {
  return formatSpecialHours(
    entries
      .map((entry) => ({
        startDate: entry.startDate,
        endDate: entry.endDate,
        closed: entry.closed,
        ranges: entry.closed ? [] : entry.ranges,
        note: entry.note || undefined,
      }))
      .sort((a, b) =>
        a.startDate === b.startDate
          ? JSON.stringify(a).localeCompare(JSON.stringify(b))
          : a.startDate.localeCompare(b.startDate),
      ),
  );
}

/**
 * Each compared field's text: equal texts mean equal data. The position is compared by the plan,
 * which knows where a row is placed (lib/locations/placement).
 */
function fieldTexts(location: ComparableLocation): [ImportField, string][] {
  return [
    ['name', location.name],
    ['street', location.street],
    ['addressExtra', location.addressExtra ?? ''],
    ['postalCode', location.postalCode],
    ['city', location.city],
    ['region', location.region ?? ''],
    ['countryCode', location.countryCode],
    ['phone', location.phone ?? ''],
    ['website', location.website ?? ''],
    ['primaryCategory', location.primaryCategory ?? ''],
    ['description', location.description ?? ''],
    ...weekdays.map((day): [ImportField, string] => [
      `openingHours.${day}`,
      formatRanges(location.openingHours[day] ?? []),
    ]),
    ['specialHours', specialHoursText(location.specialHours)],
  ];
}

/** The fields whose text differs between the stored location and the row's input, in table order. */
export function changedFields(stored: ComparableLocation, input: ComparableLocation): FieldChange[] {
  const after = new Map(fieldTexts(input));
  return fieldTexts(stored).flatMap(([field, from]) => {
    const to = after.get(field) ?? '';
    if (from === to) return [];
    // Compared as stored (E.164), shown as people read it.
    const shown = field === 'phone' ? phoneText : (text: string) => text;
    return [{ field, from: cut(shown(from)), to: cut(shown(to)) }];
  });
}

/** The opening hours as runs of days with the same ranges, closed days left out. */
export function hoursRuns(openingHours: LocationInput['openingHours']): ImportRowValues['openingHours'] {
  const runs: ImportRowValues['openingHours'] = [];
  let previous: string | null = null;
  for (const day of weekdays) {
    const ranges = formatRanges(openingHours[day]);
    const last = runs.at(-1);
    if (ranges !== '' && ranges === previous && last) last[1] = day;
    else if (ranges !== '') runs.push([day, day, ranges]);
    previous = ranges;
  }
  return runs;
}

/** The main fields of a valid row as they will be stored. */
export function rowValues(input: LocationInput): ImportRowValues {
  return {
    name: input.name,
    street: input.street,
    ...(input.addressExtra ? { addressExtra: input.addressExtra } : {}),
    postalCode: input.postalCode,
    city: input.city,
    countryCode: input.countryCode,
    ...(input.phone ? { phone: phoneText(input.phone) } : {}),
    ...(input.website ? { website: input.website } : {}),
    openingHours: hoursRuns(input.openingHours),
  };
}
