import { napOfCandidate } from '@/lib/verification/osm/compare-candidate';
import type { MatchableLocation, OsmMatch, OsmMatchFound } from '@/lib/verification/osm/osm-match-types';
import type { OverpassAnswer } from '@/lib/verification/osm/parse-overpass';
import {
  candidateDetails,
  differenceDetails,
  hoursDetails,
  maxCandidates,
  type OsmSourceDetails,
} from './openstreetmap-details';
import type { ObservedValues, SourceObservation, SourceResult } from './source-result';

// One location's match in its cluster's Overpass answer, in the sources' common shape.

type AnswerFacts = Pick<OverpassAnswer, 'incomplete' | 'dataTimestamp'>;

export function observationOfMatch(
  match: OsmMatch,
  location: MatchableLocation,
  answer: AnswerFacts,
): SourceResult {
  const facts = { incomplete: answer.incomplete, dataTimestamp: answer.dataTimestamp };
  if (match.status === 'not-found') {
    // An answer Overpass cut short may lack the very element: "not in OpenStreetMap" would be a
    // false finding, so the location is asked again later instead.
    if (answer.incomplete) return { outcome: 'unavailable', retryable: true, reason: 'incomplete-answer' };
    return withoutElement('not-found', { links: match.spot, ...facts, nearby: match.nearby });
  }
  if (match.status === 'ambiguous') {
    return withoutElement('ambiguous', {
      links: match.spot,
      ...facts,
      candidates: match.candidates.slice(0, maxCandidates).map(candidateDetails),
      ...(match.candidates.length > maxCandidates ? { candidateCount: match.candidates.length } : {}),
    });
  }
  return foundObservation(match, location, facts);
}

function withoutElement(outcome: 'not-found' | 'ambiguous', details: OsmSourceDetails): SourceObservation {
  return {
    outcome,
    observed: null,
    differingFields: [],
    sourceUrl: null,
    externalId: null,
    externalVersion: null,
    details,
  };
}

function foundObservation(
  match: OsmMatchFound,
  location: MatchableLocation,
  facts: AnswerFacts,
): SourceObservation {
  const { element } = match;
  const differences = match.differences.map(differenceDetails);
  const details: OsmSourceDetails = {
    links: { url: element.url, editUrl: element.editUrl },
    ...facts,
    distanceMetres: element.distanceMetres,
    missing: [...match.missing],
    differences,
    openingHours: element.tags.opening_hours ?? null,
    hours: hoursDetails(match.hours),
  };
  return {
    outcome: match.status,
    observed: observedValues(match, location),
    differingFields: [...new Set(differences.map((difference) => difference.field))],
    sourceUrl: element.url,
    externalId: `${element.type}/${element.id}`,
    externalVersion: element.version,
    details,
  };
}

/**
 * The element's values as OpenStreetMap states them, read as the comparison read them (of several
 * phone numbers the master's). Its opening_hours is a text, not the master's structure: it is in
 * details.openingHours, and observed.openingHours stays null.
 */
function observedValues({ element }: OsmMatchFound, location: MatchableLocation): ObservedValues {
  const nap = napOfCandidate({ ...element, category: null }, location);
  return {
    name: nap.name ?? null,
    street: nap.street ?? null,
    postalCode: nap.postcode ?? null,
    city: nap.city ?? null,
    phone: nap.phone ?? null,
    website: nap.website ?? null,
    openingHours: null,
    latitude: element.latitude,
    longitude: element.longitude,
  };
}
