import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import type { NapField } from '@/lib/nap/schemas';

// The one shape every verification source answers in (the business's website, OpenStreetMap,
// Google): what it observed for one location, compared with the master data, with provenance.
// Sources are plain functions over the outbound client; lib/verification/runs stores the answer,
// applies it to the checklist and runs the jobs.

export const verificationSources = ['website', 'openstreetmap', 'google'] as const;
export type VerificationSourceKey = (typeof verificationSources)[number];

/** A location as the sources read it: its master data, position and time zone. */
export type VerifiableLocation = {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  region: string | null;
  countryCode: string;
  /** E.164. */
  phone: string | null;
  /** The location's website, else the organisation's (the first location website found). */
  website: string | null;
  primaryCategory: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: OpeningHours;
  specialHours: SpecialHours;
  /** The organisation's time zone: the four weeks of hours compared start today there. */
  timeZone: string;
};

export type ObservationField = NapField | 'openingHours';

/** What the source states; a field it does not state is null. */
export type ObservedValues = {
  name: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  website: string | null;
  openingHours: OpeningHours | null;
  latitude: number | null;
  longitude: number | null;
  /** Google only: 1.0–5.0 and the number of reviews. */
  rating?: number | null;
  reviewCount?: number | null;
  /** Google only: OPERATIONAL, CLOSED_TEMPORARILY, CLOSED_PERMANENTLY. */
  businessStatus?: string | null;
};

export type SourceObservation = {
  /**
   * consistent: found, nothing differs; different: found, see differingFields; not-found: the
   * source has no entry for the location; ambiguous: several fit (details.candidates);
   * no-data: the source answered but states nothing readable (a website without structured data).
   */
  outcome: 'consistent' | 'different' | 'not-found' | 'ambiguous' | 'no-data';
  observed: ObservedValues | null;
  differingFields: ObservationField[];
  /** Where a person can see it: the page, the OpenStreetMap element, the Google Maps place. */
  sourceUrl: string | null;
  /** The source's id: "node/123", a Google place id, a JSON-LD @id. */
  externalId: string | null;
  /** OpenStreetMap's element version. */
  externalVersion: number | null;
  /** Source-specific and JSON: candidates, findings, the JSON-LD snippet, links, differing days. */
  details: Record<string, unknown>;
};

/** The source could not be asked (down, too slow, refused); retryable ones are tried again later. */
export type SourceUnavailable = {
  outcome: 'unavailable';
  retryable: boolean;
  /** A short code: timeout, status-429, status-503, refused-address_not_allowed, … */
  reason: string;
  retryAfterSeconds?: number;
};

export type SourceResult = SourceObservation | SourceUnavailable;

export type { OpeningHours, SpecialHours };
