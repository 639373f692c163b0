import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import type { TextField } from './limits';

// What the business's own website says about a business, in the shapes of a location's master
// data (lib/locations/schemas.ts): the NAP fields as plain text, the weekly hours as sorted
// ranges per weekday, special hours as date ranges. A field the page does not state is null, so
// "not stated" stays apart from "closed". Values are text as written on the page (tags stripped,
// entities decoded), never markup; the NAP comparison (lib/nap/compare.ts) normalises them.

export type StructuredDataKind = 'jsonld' | 'microdata';

export type WebsiteObservation = {
  name: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2 ("DE") when the page names a country this reader knows, else null. */
  countryCode: string | null;
  phone: string | null;
  /** The business's `url`, made absolute against the page's address; only http and https. */
  website: string | null;
  /** Null when the page states no hours; a weekday without ranges is closed. */
  openingHours: OpeningHours | null;
  specialHours: SpecialHours;
  latitude: number | null;
  longitude: number | null;
  source: {
    kind: StructuredDataKind;
    /** The most specific schema.org type given ("Bakery" rather than "LocalBusiness"). */
    type: string;
    /** JSON-LD `@id` or microdata `itemid`, when the page gives one. */
    id: string | null;
    pageUrl: string;
  };
};

/** Something about the page a person should know; the reading goes on past each of them. */
export type WebsiteFinding =
  /** No business in the page's structured data; `types` are the schema.org types it did name. */
  | { code: 'noStructuredData'; types: string[] }
  | { code: 'pageCut'; characters: number }
  | { code: 'tooManyElements' }
  | { code: 'tooDeeplyNested'; where: 'html' | 'json' }
  | { code: 'tooManyScripts'; read: number; found: number }
  | { code: 'scriptTooLarge'; script: number; characters: number }
  | { code: 'invalidJson'; script: number; message: string }
  | { code: 'tooManyNodes' }
  | { code: 'tooManyBusinesses'; read: number }
  | { code: 'valueCut'; field: TextField }
  | { code: 'hoursNotRead'; text: string };

export type WebsiteReading = {
  /** One entry per business found, JSON-LD before microdata, each business once. */
  businesses: WebsiteObservation[];
  findings: WebsiteFinding[];
};
