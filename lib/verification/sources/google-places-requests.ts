import type { OutboundClient } from '@/lib/outbound/outbound-fetch';
import type { OutboundOutcome } from '@/lib/outbound/outcome';
import { trimEndOf } from '@/lib/text/trim-characters';
import { googlePlaceSchema, googleSearchAnswerSchema, type GooglePlace } from './google-place-schema';
import { invalidAnswer, unavailableOfAnswer, unavailableOfOutbound } from './google-unavailable';
import type { SourceUnavailable, VerifiableLocation } from './source-result';

// The two Places API (New) requests the app makes: Text Search to find a location's place, Place
// Details for what Google shows about it. Field masks are required and decide what Google answers
// (and bills), so they name exactly what the comparison reads and nothing else. The API key is sent
// in a header only, never in a URL, so it appears in no log line, reason or stored URL.

/** What Text Search returns per place: enough to choose one, not yet its details. */
export const googleSearchFieldMask = 'places.id,places.displayName,places.formattedAddress,places.location';

/** What Place Details returns: the NAP fields, hours, position, rating, status and the Maps link. */
export const googleDetailsFieldMask = [
  'id',
  'displayName',
  'formattedAddress',
  'addressComponents',
  'nationalPhoneNumber',
  'websiteUri',
  'regularOpeningHours',
  'rating',
  'userRatingCount',
  'businessStatus',
  'googleMapsUri',
  'location',
].join(',');

/** The bias circle around the location's position, in metres. */
export const googleSearchBiasMetres = 500;

export type GoogleRequestOptions = { apiKey: string; baseUrl: string; now: Date };

export type GoogleCall<Value> =
  | { kind: 'answer'; value: Value }
  | { kind: 'not-found' }
  | { kind: 'unavailable'; unavailable: SourceUnavailable };

const endpoint = (baseUrl: string, path: string) => `${trimEndOf(baseUrl, '/')}${path}`;

/** "Bäckerei Meyer, Hafenstraße 145, 27576 Bremerhaven". */
export function googleTextQuery(location: VerifiableLocation) {
  const place = [location.postalCode, location.city]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
  return [location.name, location.street, place]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

export function googleSearchBody(location: VerifiableLocation) {
  const { latitude, longitude } = location;
  return {
    textQuery: googleTextQuery(location),
    languageCode: 'de',
    regionCode: location.countryCode,
    ...(latitude !== null && longitude !== null
      ? { locationBias: { circle: { center: { latitude, longitude }, radius: googleSearchBiasMetres } } }
      : {}),
  };
}

export async function searchGooglePlaces(
  client: OutboundClient,
  location: VerifiableLocation,
  options: GoogleRequestOptions,
): Promise<GoogleCall<GooglePlace[]>> {
  const outcome = await client(endpoint(options.baseUrl, '/v1/places:searchText'), {
    purpose: 'places',
    method: 'POST',
    accept: 'application/json',
    headers: {
      'content-type': 'application/json',
      'x-goog-api-key': options.apiKey,
      'x-goog-fieldmask': googleSearchFieldMask,
    },
    body: JSON.stringify(googleSearchBody(location)),
  });
  return read(outcome, options.now, (json) => googleSearchAnswerSchema.safeParse(json).data?.places);
}

/** A place id Google no longer knows (ids expire) answers not-found. */
export async function fetchGooglePlace(
  client: OutboundClient,
  placeId: string,
  options: GoogleRequestOptions,
): Promise<GoogleCall<GooglePlace>> {
  const outcome = await client(endpoint(options.baseUrl, `/v1/places/${encodeURIComponent(placeId)}`), {
    purpose: 'places',
    accept: 'application/json',
    headers: { 'x-goog-api-key': options.apiKey, 'x-goog-fieldmask': googleDetailsFieldMask },
  });
  if (outcome.kind === 'answer' && outcome.status === 404) return { kind: 'not-found' };
  return read(outcome, options.now, (json) => googlePlaceSchema.safeParse(json).data);
}

function read<Value>(
  outcome: OutboundOutcome,
  now: Date,
  parse: (json: unknown) => Value | undefined,
): GoogleCall<Value> {
  if (outcome.kind !== 'answer') return { kind: 'unavailable', unavailable: unavailableOfOutbound(outcome) };
  if (outcome.status !== 200) return { kind: 'unavailable', unavailable: unavailableOfAnswer(outcome, now) };
  const value = parse(outcome.json());
  return value === undefined
    ? { kind: 'unavailable', unavailable: invalidAnswer }
    : { kind: 'answer', value };
}
