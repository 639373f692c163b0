import 'server-only';
import type { LocalBusiness, WithContext } from 'schema-dts';
import type { MemberContext } from '@/lib/access/member-context';
import { openingHoursSchema, type SpecialHours } from '@/lib/locations/schemas';
import type { LocationDetail } from '@/lib/locations/locations';
import { todayIn } from '@/lib/weeks/iso-week';
import { findOsmElement, type OsmElement } from '../osm-hours/osm-element';
import {
  osmOpeningHoursDetails,
  osmOpeningHoursWarnings,
  type OsmOpeningHoursDetails,
} from '../osm-hours/osm-opening-hours';
import { publicLocatorUrls, type PublishableLocation } from '../publishable-location';
import { locationJsonLd } from './location-json-ld';

// What a member sees (and an API token reads) of a location's published forms: its JSON-LD, its
// OpenStreetMap opening_hours value and the OpenStreetMap element to enter it into. All fields:
// members see the whole master data, whether the public locator is on or not.

export type LocationPublishing = {
  jsonLd: WithContext<LocalBusiness>;
  osmHours: OsmOpeningHoursDetails & { warnings: string[] };
  osmElement: OsmElement | null;
};

type LocationRow = Pick<
  LocationDetail,
  | 'id'
  | 'storeCode'
  | 'name'
  | 'street'
  | 'addressExtra'
  | 'postalCode'
  | 'city'
  | 'region'
  | 'countryCode'
  | 'phone'
  | 'website'
  | 'email'
  | 'primaryCategory'
  | 'description'
  | 'latitude'
  | 'longitude'
  | 'openingHours'
  | 'specialHours'
>;

const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

export function publishableOfLocation(location: LocationRow): PublishableLocation {
  const hours = openingHoursSchema.safeParse(location.openingHours);
  return {
    storeCode: location.storeCode,
    name: location.name,
    street: location.street,
    addressExtra: location.addressExtra,
    postalCode: location.postalCode,
    city: location.city,
    region: location.region,
    countryCode: location.countryCode,
    phone: location.phone,
    website: location.website,
    email: location.email,
    primaryCategory: location.primaryCategory,
    description: location.description,
    latitude: location.latitude,
    longitude: location.longitude,
    openingHours: hours.success ? hours.data : openingHoursSchema.parse({}),
    specialHours: location.specialHours.map((entry) => ({
      startDate: dateOnly(entry.startDate),
      endDate: dateOnly(entry.endDate),
      closed: entry.closed,
      ranges: entry.ranges as SpecialHours[number]['ranges'],
    })),
  };
}

/** The stable @id of a location's business: its page in the public locator, "#business". */
export function businessId(appUrl: string, organisationSlug: string, storeCode: string) {
  return `${publicLocatorUrls(appUrl, organisationSlug, storeCode).location}#business`;
}

/**
 * The location's JSON-LD and opening_hours value (special hours from today in the organisation's
 * time zone on) and its OpenStreetMap element: one statement, for the element. `location` was
 * read within the member's scope (getLocation).
 */
export async function loadLocationPublishing(
  member: MemberContext,
  location: LocationRow,
  appUrl: string,
): Promise<LocationPublishing> {
  const publishable = publishableOfLocation(location);
  const today = todayIn(member.organisation.timeZone);
  const osmHours = osmOpeningHoursDetails(publishable, today);
  return {
    jsonLd: locationJsonLd(publishable, {
      id: businessId(appUrl, member.organisation.slug, location.storeCode),
      today,
    }),
    osmHours: { ...osmHours, warnings: osmOpeningHoursWarnings(osmHours) },
    osmElement: await findOsmElement(member, location.id),
  };
}
