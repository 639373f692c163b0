import {
  normaliseName,
  normalisePhone,
  normalisePostcode,
  normaliseStreet,
  normaliseWebsite,
} from '@/lib/nap/normalise';
import type { OsmCandidate } from './parse-overpass';

// How well an OpenStreetMap element fits a location, from 0 up: the name (or the brand) carries
// most, then phone, street and house number, postcode and website; nearness breaks ties. A name
// is compared by its distinctive words, so "Backstube Nord" fits the branch "Backstube Nord
// Hamburg Hauptstraße 12", while the words every bakery has ("Bäckerei", "Café") prove nothing.

export type ScoredLocation = {
  name: string;
  street: string;
  postalCode: string;
  phone: string | null;
  website: string | null;
};

export type CandidateScore = { total: number; name: number; address: number; phone: number; website: number };

export const matchThreshold = 35;

// Words of shop names that say what a business is, not which one (folded, as normaliseName writes them).
const genericWords = new Set(
  `baeckerei backstube backshop backhaus cafe konditorei apotheke filiale restaurant friseur salon
   praxis markt supermarkt shop store laden kiosk imbiss getraenkemarkt drogerie buchhandlung und am an
   auf bei der die das dem den des im in zum zur von vom`.split(/\s+/),
);

const wordsOf = (name: string) => normaliseName(name).name.split(' ').filter(Boolean);
const distinctive = (words: string[]) => {
  const kept = words.filter((word) => !genericWords.has(word));
  return kept.length > 0 ? kept : words;
};

/** 1 for the same name; else the share of the shorter name's distinctive words found in the other. */
export function nameSimilarity(locationName: string, osmName: string): number {
  const location = wordsOf(locationName);
  const osm = wordsOf(osmName);
  if (location.length === 0 || osm.length === 0) return 0;
  if (location.join(' ') === osm.join(' ')) return 1;
  const [shorter, longer] = [distinctive(location), distinctive(osm)].sort((a, b) => a.length - b.length);
  const others = new Set(longer);
  return shorter!.filter((word) => others.has(word)).length / shorter!.length;
}

/** The values of a tag that may hold several, separated by ";" (phone=+49 471 1;+49 471 2). */
export function tagValues(...values: (string | undefined)[]): string[] {
  return values
    .flatMap((value) => (value ? value.split(';').map((part) => part.trim()) : []))
    .filter(Boolean);
}

export function scoreCandidate(
  location: ScoredLocation,
  candidate: OsmCandidate,
  nearness: number,
): CandidateScore {
  const { tags } = candidate;
  const brand = tags.brand ? nameSimilarity(location.name, tags.brand) === 1 : false;
  const name = Math.max(Math.round(50 * nameSimilarity(location.name, tags.name ?? '')), brand ? 40 : 0);
  const address = addressScore(location, candidate);
  const phone =
    location.phone &&
    tagValues(tags.phone, tags['contact:phone']).some(
      (value) => normalisePhone(value) === normalisePhone(location.phone!),
    )
      ? 25
      : 0;
  const website =
    location.website &&
    tagValues(tags.website, tags['contact:website']).some(
      (value) => hostOf(value) === hostOf(location.website!),
    )
      ? 10
      : 0;
  return {
    total: name + address + phone + website + Math.round(5 * nearness),
    name,
    address,
    phone,
    website,
  };
}

function addressScore(location: ScoredLocation, { tags }: OsmCandidate) {
  let score = 0;
  if (tags['addr:street']) {
    const master = normaliseStreet(location.street);
    const osm = normaliseStreet(`${tags['addr:street']} ${tags['addr:housenumber'] ?? ''}`);
    if (master.key === osm.key) score += 20;
    else if (master.street === osm.street) score += 5;
  }
  if (
    tags['addr:postcode'] &&
    normalisePostcode(tags['addr:postcode']) === normalisePostcode(location.postalCode)
  ) {
    score += 5;
  }
  return score;
}

const hostOf = (website: string) => normaliseWebsite(website).split('/')[0]!;
