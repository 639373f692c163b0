import { compareNap, type NapInput } from '@/lib/nap/compare';
import { normalisePhone, normaliseWebsite } from '@/lib/nap/normalise';
import { napFields } from '@/lib/nap/schemas';
import { compareHours } from '@/lib/hours/compare-hours';
import type { HoursComparison } from '@/lib/hours/hours-types';
import type { MatchableLocation, MatchOptions, OsmField, OsmFieldDifference } from './osm-match-types';
import type { OsmCandidate } from './parse-overpass';
import { tagValues } from './score-candidate';
import { napOfLocation } from '@/lib/verification/website/master-data';

// What the matched element says against the master data: the NAP comparison of the app (name,
// street and house number, postcode, city, phone, website) and the opening hours by meaning. A
// field the master data leaves empty is not checked; one the element does not state is missing
// (worth adding to OpenStreetMap), not different.

/** Of several values ("phone=…;…"), the one that is the master's, else the first. */
function pickValue(values: string[], master: string | null, normalise: (value: string) => string) {
  const wanted = master ? normalise(master) : null;
  return values.find((value) => normalise(value) === wanted) ?? values[0] ?? null;
}

export function napOfCandidate({ tags }: OsmCandidate, location: MatchableLocation): NapInput {
  const street = [tags['addr:street'], tags['addr:housenumber']].filter(Boolean).join(' ');
  return {
    name: tags.name ?? null,
    street: tags['addr:street'] ? street : null,
    postcode: tags['addr:postcode'] ?? null,
    city: tags['addr:city'] ?? null,
    phone: pickValue(tagValues(tags.phone, tags['contact:phone']), location.phone, normalisePhone),
    website: pickValue(tagValues(tags.website, tags['contact:website']), location.website, normaliseWebsite),
  };
}

const hasHours = (location: MatchableLocation) =>
  Object.values(location.openingHours ?? {}).some((ranges) => ranges.length > 0) ||
  (location.specialHours ?? []).length > 0;

export function compareCandidate(
  location: MatchableLocation,
  candidate: OsmCandidate,
  options: MatchOptions,
) {
  const master = napOfLocation(location);
  const observed = napOfCandidate(candidate, location);
  const nap = compareNap(master, observed);
  const differences: OsmFieldDifference[] = [];
  const missing: OsmField[] = [];
  for (const field of napFields) {
    if (!master[field] || nap.fields[field].result !== 'mismatch') continue;
    if (!observed[field]) missing.push(field);
    else differences.push({ field, master: master[field], osm: observed[field], reason: 'different' });
  }
  const hours = compareOpeningHours(location, candidate, options);
  if (hours?.result === 'different' || hours?.result === 'unreadable') {
    differences.push({
      field: 'openingHours',
      master: null,
      osm: candidate.tags.opening_hours ?? null,
      reason: hours.result,
    });
  }
  if (!hours && hasHours(location) && !candidate.tags.opening_hours) missing.push('openingHours');
  return { nap, hours, differences, missing };
}

function compareOpeningHours(
  location: MatchableLocation,
  candidate: OsmCandidate,
  options: MatchOptions,
): HoursComparison | null {
  const value = candidate.tags.opening_hours;
  if (!value || !hasHours(location)) return null;
  return compareHours({
    master: { openingHours: location.openingHours, specialHours: location.specialHours },
    observed: { kind: 'osm', value },
    place: location,
    start: options.hoursStart,
    timeZone: options.timeZone,
  });
}
