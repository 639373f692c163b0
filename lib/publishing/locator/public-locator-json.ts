import 'server-only';
import type { PublishedField } from '@/lib/generated/prisma/enums';
import { publicLocatorUrls } from '../publishable-location';
import type { LocatorSnapshot, PublicLocation } from './locator-snapshot';

// The locator's data as public JSON (GET /api/v1/public/locators/{slug}): the published fields of
// every published location, and nothing else — a field the organisation does not publish is
// absent, not null. `?view=map` is the map's compact form: [storeCode, name, latitude, longitude]
// per located location. Both are serialised once per snapshot, so a burst costs no work per view.

export type PublicLocatorView = 'full' | 'map';

// Per snapshot, by view and (for the full view's addresses) the origin the app is reached under.
const serialised = new WeakMap<LocatorSnapshot, Map<string, string>>();

export function publicLocatorJson(snapshot: LocatorSnapshot, view: PublicLocatorView, appOrigin: string) {
  const texts = serialised.get(snapshot) ?? new Map<string, string>();
  serialised.set(snapshot, texts);
  const key = view === 'map' ? 'map' : `full ${appOrigin}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = JSON.stringify(view === 'map' ? mapView(snapshot) : fullView(snapshot, appOrigin));
    texts.set(key, text);
  }
  return text;
}

function mapView(snapshot: LocatorSnapshot) {
  return {
    locations: snapshot.locations.flatMap((location) =>
      location.latitude === null || location.longitude === null
        ? []
        : [[location.storeCode, location.name, location.latitude, location.longitude] as const],
    ),
  };
}

function fullView(snapshot: LocatorSnapshot, appOrigin: string) {
  const { organisation } = snapshot;
  const fields = organisation.publishedFields;
  const urls = publicLocatorUrls(appOrigin, organisation.slug);
  return {
    organisation: { name: organisation.name, timeZone: organisation.timeZone, url: urls.locator },
    publishedFields: [...fields].sort(),
    locations: snapshot.locations.map((location) =>
      publicLocation(location, fields, appOrigin, organisation.slug),
    ),
  };
}

function publicLocation(
  location: PublicLocation,
  fields: ReadonlySet<PublishedField>,
  appOrigin: string,
  slug: string,
) {
  const optional = <T>(field: PublishedField, key: string, value: T) =>
    fields.has(field) && value !== null ? { [key]: value } : {};
  return {
    storeCode: location.storeCode,
    name: location.name,
    url: publicLocatorUrls(appOrigin, slug, location.storeCode).location,
    address: {
      street: location.street,
      ...(location.addressExtra ? { addressExtra: location.addressExtra } : {}),
      postalCode: location.postalCode,
      city: location.city,
      ...(location.region ? { region: location.region } : {}),
      countryCode: location.countryCode,
    },
    position:
      location.latitude === null || location.longitude === null
        ? null
        : { latitude: location.latitude, longitude: location.longitude },
    temporarilyClosed: location.temporarilyClosed,
    ...optional('PHONE', 'phone', location.phone),
    ...optional('WEBSITE', 'website', location.website),
    ...optional('EMAIL', 'email', location.email),
    ...optional('CATEGORY', 'category', location.primaryCategory),
    ...optional('DESCRIPTION', 'description', location.description),
    ...optional('OPENING_HOURS', 'openingHours', location.openingHours),
    ...optional(
      'OPENING_HOURS',
      'specialHours',
      location.specialHours.map(({ startDate, endDate, closed, ranges }) => ({
        startDate,
        endDate,
        closed,
        ranges,
      })),
    ),
  };
}
