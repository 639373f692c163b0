import { compareField } from '@/lib/nap/compare';
import type { NapField } from '@/lib/nap/schemas';
import { napOfLocation, napOfObservation, type LocationMasterData } from './master-data';
import type { WebsiteObservation } from './observation';

// Which of a page's businesses is the location. A shop's own site names one business: that one,
// whatever it says (its differences are what the check reports). A chain's page lists several:
// the one whose street, postcode and name match the location's, compared as the NAP comparison
// does ("Hafenstr. 12" is "Hafenstraße 12"). Street and postcode weigh more than the name, which
// a chain's stores share.

export type MatchingField = Extract<NapField, 'street' | 'postcode' | 'name'>;

export type EntryChoice =
  /** The page names no business at all: a finding, with a snippet to offer. */
  | { kind: 'none' }
  | { kind: 'found'; business: WebsiteObservation; matchedBy: MatchingField[] }
  /** Several businesses match equally well. */
  | { kind: 'ambiguous'; candidates: WebsiteObservation[] }
  /** Several businesses, none of them at the location's address or under its name. */
  | { kind: 'notFound'; candidates: WebsiteObservation[] };

const weights: Record<MatchingField, number> = { street: 2, postcode: 2, name: 1 };
const matchingFields = Object.keys(weights) as MatchingField[];

/** The fields in which a business states the location's value (written the same or differently). */
function matchingFieldsOf(business: WebsiteObservation, location: LocationMasterData) {
  const [master, page] = [napOfLocation(location), napOfObservation(business)];
  return matchingFields.filter(
    (field) =>
      Boolean(master[field] && page[field]) &&
      compareField(field, master[field], page[field]).result !== 'mismatch',
  );
}

export function pickEntryForLocation(
  businesses: readonly WebsiteObservation[],
  location: LocationMasterData,
): EntryChoice {
  const scored = businesses.map((business) => {
    const matchedBy = matchingFieldsOf(business, location);
    return { business, matchedBy, score: matchedBy.reduce((sum, field) => sum + weights[field], 0) };
  });
  if (scored.length === 0) return { kind: 'none' };
  if (scored.length === 1)
    return { kind: 'found', business: scored[0]!.business, matchedBy: scored[0]!.matchedBy };
  const best = Math.max(...scored.map((entry) => entry.score));
  const top = scored.filter((entry) => entry.score === best);
  if (best === 0) return { kind: 'notFound', candidates: [...businesses] };
  if (top.length > 1) return { kind: 'ambiguous', candidates: top.map((entry) => entry.business) };
  return { kind: 'found', business: top[0]!.business, matchedBy: top[0]!.matchedBy };
}
