import type { PublishedField } from '@/lib/generated/prisma/enums';
import { weekdays } from '@/lib/locations/field-values';
import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';

// What Ortsbild publishes about a location (JSON-LD, the OpenStreetMap hours, the public store
// locator, the platforms' import files): its master data and special hours, nothing internal
// (no assignee, notes, scores or listing statuses). The public locator narrows it further to the
// fields the organisation chose (Organisation.publishedFields); name, address and position are
// always public once the locator is on.

export type PublishableLocation = {
  storeCode: string;
  name: string;
  street: string;
  addressExtra: string | null;
  postalCode: string;
  city: string;
  region: string | null;
  countryCode: string;
  /** E.164, as the location schema stores it. */
  phone: string | null;
  website: string | null;
  email: string | null;
  primaryCategory: string | null;
  description: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: OpeningHours;
  specialHours: SpecialHours;
};

export type PublishedFieldSet = ReadonlySet<PublishedField>;

/** Every field: for members and API tokens, who may see the whole master data. */
export const allPublishedFields: PublishedFieldSet = new Set<PublishedField>([
  'PHONE',
  'WEBSITE',
  'EMAIL',
  'OPENING_HOURS',
  'CATEGORY',
  'DESCRIPTION',
]);

/** The location with the fields outside `fields` emptied, so nothing downstream can show them. */
export function withPublishedFields(
  location: PublishableLocation,
  fields: PublishedFieldSet,
): PublishableLocation {
  return {
    ...location,
    phone: fields.has('PHONE') ? location.phone : null,
    website: fields.has('WEBSITE') ? location.website : null,
    email: fields.has('EMAIL') ? location.email : null,
    primaryCategory: fields.has('CATEGORY') ? location.primaryCategory : null,
    description: fields.has('DESCRIPTION') ? location.description : null,
    openingHours: fields.has('OPENING_HOURS') ? location.openingHours : noHours,
    specialHours: fields.has('OPENING_HOURS') ? location.specialHours : [],
  };
}

const noHours = Object.fromEntries(weekdays.map((day) => [day, []])) as unknown as OpeningHours;

/** The public addresses of an organisation's locator (and of one location in it). */
export function publicLocatorUrls(appUrl: string, slug: string, storeCode?: string) {
  const base = new URL(appUrl).origin;
  const locator = `${base}/l/${encodeURIComponent(slug)}`;
  return {
    locator,
    location: storeCode === undefined ? undefined : `${locator}/${encodeURIComponent(storeCode)}`,
    embedFrame: `${locator}?embed=1`,
    embedScript: `${base}/l/embed.js`,
    sitemap: `${locator}/sitemap.xml`,
    publicJson: `${base}/api/v1/public/locators/${encodeURIComponent(slug)}`,
  };
}
