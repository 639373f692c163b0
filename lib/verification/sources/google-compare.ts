import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { compareNap, type NapInput } from '@/lib/nap/compare';
import { napFields, type NapField } from '@/lib/nap/schemas';
import { compareHours } from '@/lib/hours/compare-hours';
import { summariseDifferences, type HoursDifferenceSummary } from '@/lib/hours/summarise-differences';
import type { PlainDate } from '@/lib/weeks/iso-week';
import type { ObservationField, ObservedValues, VerifiableLocation } from './source-result';
import { napOfLocation } from '@/lib/verification/website/master-data';

// What Google shows against the master data: name, street and number, postcode, city, phone and
// website as the NAP comparison reads them, and the weekly hours by meaning over four weeks. A
// field the master data leaves empty is not checked; one Google does not state is missing (worth
// adding in the Business Profile), not different.
//
// Google's regular hours are the weekly hours only: its special days are a different field the app
// does not ask for. So the master's weekly hours are compared with them, without its special
// hours, which Google's regular hours cannot show and would otherwise always "differ" from.

export type GoogleFieldDifference = { field: NapField; master: string; google: string };

export type GoogleHoursComparison = {
  result: 'equal' | 'different';
  from: PlainDate;
  to: PlainDate;
  /** The differing days, a weekday that differs alike every week once, with its dates (at most 7). */
  days: HoursDifferenceSummary[];
};

export type GoogleComparison = {
  differingFields: ObservationField[];
  differences: GoogleFieldDifference[];
  /** Fields the master data has and Google does not state. */
  missing: ObservationField[];
  /** Null when one side has no opening hours. */
  hours: GoogleHoursComparison | null;
};

/** Google gives the national form ("0471 4829310"); the NAP comparison reads numbers as German. */
function comparablePhone(phone: string | null, countryCode: string) {
  if (!phone || countryCode === 'DE') return phone;
  try {
    return parsePhoneNumberFromString(phone, countryCode as CountryCode)?.number ?? phone;
  } catch {
    return phone;
  }
}

const hasHours = (hours: VerifiableLocation['openingHours'] | null) =>
  Object.values(hours ?? {}).some((ranges) => ranges.length > 0);

function compareWeeklyHours(location: VerifiableLocation, observed: ObservedValues, now: Date) {
  if (!hasHours(location.openingHours) || !observed.openingHours) return null;
  const comparison = compareHours({
    master: { openingHours: location.openingHours, specialHours: [] },
    observed: { kind: 'structured', openingHours: observed.openingHours, specialHours: [] },
    place: location,
    start: now,
    timeZone: location.timeZone,
  });
  if (comparison.result === 'unreadable') return null; // only an OpenStreetMap value can be unreadable
  const { result, from, to } = comparison;
  const days = result === 'different' ? summariseDifferences(comparison.differences) : [];
  return { result, from, to, days } satisfies GoogleHoursComparison;
}

export function compareWithGoogle(
  location: VerifiableLocation,
  observed: ObservedValues,
  now: Date,
): GoogleComparison {
  const master = napOfLocation(location);
  const google: NapInput = {
    name: observed.name,
    street: observed.street,
    postcode: observed.postalCode,
    city: observed.city,
    phone: comparablePhone(observed.phone, location.countryCode),
    website: observed.website,
  };
  const nap = compareNap(master, google);
  const differences: GoogleFieldDifference[] = [];
  const missing: ObservationField[] = [];
  for (const field of napFields) {
    const [masterValue, googleValue] = [master[field], google[field]];
    if (!masterValue || nap.fields[field].result !== 'mismatch') continue;
    if (!googleValue) missing.push(field);
    else
      differences.push({
        field,
        master: masterValue,
        google: field === 'phone' ? observed.phone! : googleValue,
      });
  }
  const hours = compareWeeklyHours(location, observed, now);
  if (!hours && hasHours(location.openingHours) && !observed.openingHours) missing.push('openingHours');
  const differingFields: ObservationField[] = differences.map((difference) => difference.field);
  if (hours?.result === 'different') differingFields.push('openingHours');
  return { differingFields, differences, missing, hours };
}
