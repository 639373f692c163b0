import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import type { NapComparison, NapField } from '@/lib/nap/schemas';
import type { HoursComparison } from '@/lib/hours/hours-types';
import type { OsmElementLinks } from './osm-links';
import type { OsmCandidate, OsmElementType } from './parse-overpass';
import type { CandidateScore } from './score-candidate';

/** A location as the match reads it: its master data, with a position. */
export type MatchableLocation = {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  region: string | null;
  phone: string | null;
  website: string | null;
  latitude: number;
  longitude: number;
  openingHours: OpeningHours;
  specialHours: SpecialHours;
};

export type MatchOptions = {
  /** How far from the location an element may be; default 150 m. */
  radiusMetres?: number;
  /** The four weeks of hours compared start on this instant's date in `timeZone` (Europe/Berlin). */
  hoursStart: Date;
  timeZone?: string;
};

export type OsmField = NapField | 'openingHours';

/** An element that may be the location's: what it is, where, and how well it fits. */
export type OsmCandidateSummary = OsmElementLinks & {
  type: OsmElementType;
  id: number;
  version: number | null;
  name: string;
  brand: string | null;
  /** "Hafenstraße 12, 27568 Bremerhaven" from its addr:* tags; null when it has none. */
  address: string | null;
  latitude: number;
  longitude: number;
  distanceMetres: number;
  score: CandidateScore;
};

export type OsmFieldDifference = {
  field: OsmField;
  master: string | null;
  osm: string | null;
  /** different: OpenStreetMap says something else; unreadable: its opening_hours cannot be read. */
  reason: 'different' | 'unreadable';
};

/** The location's element, and what of it differs from the master data. */
export type OsmMatchFound = {
  /** consistent: nothing differs; different: see `differences`. */
  status: 'consistent' | 'different';
  element: OsmCandidateSummary & { tags: OsmCandidate['tags'] };
  differences: OsmFieldDifference[];
  /** Fields the master data has and the element does not state: worth adding, not wrong. */
  missing: OsmField[];
  nap: NapComparison;
  /** Null when one side has no opening hours. */
  hours: HoursComparison | null;
};

/** Several elements fit about equally well: a person chooses (best first). */
export type OsmMatchAmbiguous = {
  status: 'ambiguous';
  candidates: OsmCandidateSummary[];
  spot: OsmElementLinks;
};

export type OsmMatchNotFound = {
  status: 'not-found';
  /** Named elements within the radius that did not fit. */
  nearby: number;
  /** The map and the editor at the location, to add it. */
  spot: OsmElementLinks;
};

export type OsmMatch = OsmMatchFound | OsmMatchAmbiguous | OsmMatchNotFound;
