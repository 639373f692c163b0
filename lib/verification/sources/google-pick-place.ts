import { compareField } from '@/lib/nap/compare';
import { normalisePostcode, normaliseStreet } from '@/lib/nap/normalise';
import { fieldLengths } from '@/lib/verification/website/limits';
import { nameSimilarity } from '@/lib/verification/osm/score-candidate';
import { googleText } from './google-observed';
import type { GooglePlace } from './google-place-schema';
import type { VerifiableLocation } from './source-result';

// Which Text Search result is the location's. Google ranks by relevance and also returns the
// neighbours of a good address match, so a result must fit: its address holds the location's
// postcode, and its name is the location's as the NAP comparison reads names ("Bäckerei Meyer
// GmbH" is "Bäckerei Meyer") or shares all distinctive words with it, as the OpenStreetMap match
// reads them ("Backstube Nord" fits "Backstube Nord Hamburg"). Of several that fit, the one at the
// location's street and number; when that does not single one out, a person chooses.

/** A place a person may choose: its place id, name and address as Google writes them. */
export type GoogleCandidate = { externalId: string; name: string | null; address: string | null };

export type GooglePick =
  | { kind: 'found'; placeId: string }
  | { kind: 'ambiguous'; candidates: GoogleCandidate[]; candidateCount: number }
  | { kind: 'not-found' };

/** Candidates listed for a person to choose from; more would not help one choose. */
export const maxGoogleCandidates = 5;

function nameFits(location: VerifiableLocation, place: GooglePlace) {
  const name = place.displayName?.text ?? '';
  return (
    compareField('name', location.name, name).result !== 'mismatch' ||
    nameSimilarity(location.name, name) === 1
  );
}

/** "27576" in "Hafenstraße 145, 27576 Bremerhaven"; two words for "1011 AB" or "SW1A 1AA". */
function addressHasPostcode(address: string | undefined, postcode: string) {
  const wanted = normalisePostcode(postcode);
  if (!wanted) return true;
  const words = (address ?? '').slice(0, 1_000).split(/[^\p{L}\p{N}]+/u);
  return words.some(
    (word, index) =>
      normalisePostcode(word) === wanted || normalisePostcode(`${word}${words[index + 1] ?? ''}`) === wanted,
  );
}

const atStreet = (location: VerifiableLocation, place: GooglePlace) =>
  normaliseStreet(location.street).key === normaliseStreet(place.formattedAddress ?? '').key;

export const candidateOf = (place: GooglePlace): GoogleCandidate => ({
  externalId: place.id,
  name: googleText(place.displayName?.text, fieldLengths.name),
  address: googleText(place.formattedAddress, 300),
});

export function pickGooglePlace(location: VerifiableLocation, places: readonly GooglePlace[]): GooglePick {
  const seen = new Set<string>();
  const fitting = places.filter((place) => {
    if (seen.has(place.id)) return false;
    seen.add(place.id);
    return addressHasPostcode(place.formattedAddress, location.postalCode) && nameFits(location, place);
  });
  if (fitting.length === 0) return { kind: 'not-found' };
  if (fitting.length === 1) return { kind: 'found', placeId: fitting[0]!.id };
  const atLocationStreet = fitting.filter((place) => atStreet(location, place));
  if (atLocationStreet.length === 1) return { kind: 'found', placeId: atLocationStreet[0]!.id };
  const choices = atLocationStreet.length > 1 ? atLocationStreet : fitting;
  return {
    kind: 'ambiguous',
    candidates: choices.slice(0, maxGoogleCandidates).map(candidateOf),
    candidateCount: choices.length,
  };
}
