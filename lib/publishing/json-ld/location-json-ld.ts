import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { LocalBusiness, WithContext } from 'schema-dts';
import { todayIn, type PlainDate } from '@/lib/weeks/iso-week';
import type { PublishableLocation } from '../publishable-location';
import { specialSpecifications, weeklySpecifications } from './opening-hours-specification';
import { schemaTypeForCategory } from './schema-type-for-category';

// A location as schema.org JSON-LD: the one generator for the location page, the API, the public
// locator's pages and the website check's suggested snippet. The type is the most specific one
// the primary category maps to (Bakery, Pharmacy…, else LocalBusiness); `@id` is a stable address
// that names the business (the public locator's page of the location, "#business"); then name,
// address, position, telephone in international form, e-mail, website, description and hours.
// What the location does not have is left out rather than written empty.

/** What the generator reads; a PublishableLocation, or the website check's master data. */
export type JsonLdLocation = Pick<
  PublishableLocation,
  'name' | 'street' | 'postalCode' | 'city' | 'countryCode' | 'openingHours' | 'specialHours'
> &
  Partial<
    Pick<
      PublishableLocation,
      | 'addressExtra'
      | 'region'
      | 'phone'
      | 'website'
      | 'email'
      | 'primaryCategory'
      | 'description'
      | 'latitude'
      | 'longitude'
    >
  >;

export type LocationJsonLdOptions = {
  /** The stable @id: `${publicLocatorUrls(appUrl, slug, storeCode).location}#business`. */
  id?: string;
  /** The page the JSON-LD stands on (mainEntityOfPage), and the url when there is no website. */
  url?: string;
  /**
   * Special hours that ended before this date are left out. By default the date it is now in the
   * last time zone on Earth (UTC−12), so that nothing is dropped that still applies somewhere;
   * callers that know the organisation's zone pass todayIn(timeZone).
   */
  today?: PlainDate;
};

export function internationalPhone(phone: string, countryCode: string) {
  return parsePhoneNumberFromString(phone, countryCode as CountryCode)?.formatInternational() ?? phone;
}

export function locationJsonLd(
  location: JsonLdLocation,
  options: LocationJsonLdOptions = {},
): WithContext<LocalBusiness> {
  const { latitude, longitude, phone, website, email, region, description, addressExtra } = location;
  const today = options.today ?? todayIn('Etc/GMT+12');
  const hours = [
    ...weeklySpecifications(location.openingHours),
    ...specialSpecifications(location.specialHours, today),
  ];
  const url = website || options.url;
  const business = {
    '@context': 'https://schema.org',
    '@type': schemaTypeForCategory(location.primaryCategory),
    ...(options.id ? { '@id': options.id } : {}),
    name: location.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: addressExtra ? `${location.street}, ${addressExtra}` : location.street,
      postalCode: location.postalCode,
      addressLocality: location.city,
      ...(region ? { addressRegion: region } : {}),
      addressCountry: location.countryCode,
    },
    ...(latitude != null && longitude != null
      ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } }
      : {}),
    ...(phone ? { telephone: internationalPhone(phone, location.countryCode) } : {}),
    ...(email ? { email } : {}),
    ...(url ? { url } : {}),
    ...(options.url ? { mainEntityOfPage: options.url } : {}),
    ...(description ? { description } : {}),
    ...(hours.length > 0 ? { openingHoursSpecification: hours } : {}),
  } as const;
  // schema-dts lists each business type as its own member of a union too large for TypeScript to
  // match a computed "@type" against; every value schemaTypeForCategory gives is one of them.
  return business as WithContext<LocalBusiness>;
}
