import type { OutboundClient } from '@/lib/outbound/outbound-fetch';
import { compareWithGoogle } from './google-compare';
import type { GoogleSourceDetails } from './google-details';
import { googleMapsLink, observedOfGooglePlace } from './google-observed';
import type { GooglePlace } from './google-place-schema';
import { fetchGooglePlace, googleTextQuery, searchGooglePlaces } from './google-places-requests';
import { pickGooglePlace } from './google-pick-place';
import type { SourceObservation, SourceResult, VerifiableLocation } from './source-result';

// The Google source (Places API (New), optional, with the organisation's key): the location's
// place, found by the place id seen last time or by a text search for its name and address, read
// with Place Details and compared with the master data. Two requests per location on a first
// check, one afterwards. Place ids expire, so a known id Google no longer knows is searched again.

export type GoogleSourceOptions = {
  apiKey: string;
  /** GOOGLE_PLACES_URL: https://places.googleapis.com, or a test server. */
  baseUrl: string;
  /** The place id of the last observation, if any: asked directly, without a search. */
  knownPlaceId?: string | null;
  /** The four weeks of hours compared start on this day (in the location's time zone). */
  now?: Date;
};

type Extra = Pick<GoogleSourceDetails, 'expiredPlaceId'>;

const nothingFound = (details: GoogleSourceDetails): SourceObservation => ({
  outcome: 'not-found',
  observed: null,
  differingFields: [],
  sourceUrl: null,
  externalId: null,
  externalVersion: null,
  details,
});

export async function verifyGoogle(
  location: VerifiableLocation,
  client: OutboundClient,
  options: GoogleSourceOptions,
): Promise<SourceResult> {
  const now = options.now ?? new Date();
  const request = { apiKey: options.apiKey, baseUrl: options.baseUrl, now };
  const extra: Extra = {};
  if (options.knownPlaceId) {
    const known = await fetchGooglePlace(client, options.knownPlaceId, request);
    if (known.kind === 'answer') return observationOfPlace(location, known.value, now, extra);
    if (known.kind === 'unavailable') return known.unavailable;
    extra.expiredPlaceId = options.knownPlaceId;
  }
  const search = await searchGooglePlaces(client, location, request);
  if (search.kind === 'unavailable') return search.unavailable;
  const results = search.kind === 'answer' ? search.value : [];
  const pick = pickGooglePlace(location, results);
  if (pick.kind === 'not-found') {
    return nothingFound({ searchedFor: googleTextQuery(location), resultCount: results.length, ...extra });
  }
  if (pick.kind === 'ambiguous') {
    const { candidates, candidateCount } = pick;
    return { ...nothingFound({ candidates, candidateCount, ...extra }), outcome: 'ambiguous' };
  }
  const details = await fetchGooglePlace(client, pick.placeId, request);
  if (details.kind === 'unavailable') return details.unavailable;
  // Found by the search a moment ago, gone now: Google removed it in between.
  if (details.kind === 'not-found') return nothingFound({ searchedFor: googleTextQuery(location), ...extra });
  return observationOfPlace(location, details.value, now, extra);
}

function observationOfPlace(
  location: VerifiableLocation,
  place: GooglePlace,
  now: Date,
  extra: Extra,
): SourceObservation {
  const observed = observedOfGooglePlace(place);
  const found = { observed, sourceUrl: googleMapsLink(place), externalId: place.id, externalVersion: null };
  const businessStatus = observed.businessStatus ?? null;
  if (businessStatus === 'CLOSED_PERMANENTLY') {
    return {
      ...found,
      outcome: 'not-found',
      differingFields: [],
      details: { businessStatus, closedPermanently: true, ...extra } satisfies GoogleSourceDetails,
    };
  }
  const { differingFields, differences, missing, hours } = compareWithGoogle(location, observed, now);
  return {
    ...found,
    outcome: differingFields.length === 0 ? 'consistent' : 'different',
    differingFields,
    details: {
      businessStatus,
      ...(differences.length > 0 ? { differences } : {}),
      ...(missing.length > 0 ? { missing } : {}),
      ...(hours ? { hours } : {}),
      ...extra,
    } satisfies GoogleSourceDetails,
  };
}
