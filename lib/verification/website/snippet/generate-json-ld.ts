import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { weekdays, type Weekday } from '@/lib/locations/field-values';
import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import type { LocationMasterData } from '../master-data';
import { schemaTypeForCategory } from './schema-type-for-category';

// The JSON-LD a location's website could carry, made from its master data, for a site that states
// none: the business type, name, address, position, telephone in international form, url and the
// hours. Hours follow schema.org's documented forms, which the reader reads back to the same
// values: weekdays with the same range share one specification; the end of the day is "23:59";
// a closed special day is "00:00" to "00:00" between validFrom and validThrough.

export type OpeningHoursSpecificationJsonLd = {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
};

export type LocalBusinessJsonLd = {
  '@context': 'https://schema.org';
  '@type': string;
  name: string;
  address: {
    '@type': 'PostalAddress';
    streetAddress: string;
    postalCode: string;
    addressLocality: string;
    addressRegion?: string;
    addressCountry: string;
  };
  geo?: { '@type': 'GeoCoordinates'; latitude: number; longitude: number };
  telephone?: string;
  url?: string;
  openingHoursSpecification?: OpeningHoursSpecificationJsonLd[];
};

const dayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** schema.org has no "24:00": the end of the day is written "23:59". */
const closingTime = (time: string) => (time === '24:00' ? '23:59' : time);

function weeklySpecifications(hours: OpeningHours): OpeningHoursSpecificationJsonLd[] {
  const daysByRange = new Map<string, Weekday[]>();
  for (const day of weekdays) {
    for (const { opens, closes } of hours[day] ?? []) {
      const key = `${opens}-${closes}`;
      daysByRange.set(key, [...(daysByRange.get(key) ?? []), day]);
    }
  }
  return [...daysByRange].map(([range, days]) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.map((day) => `https://schema.org/${dayNames[day]}`),
    opens: range.slice(0, 5),
    closes: closingTime(range.slice(6)),
  }));
}

function specialSpecifications(entries: SpecialHours): OpeningHoursSpecificationJsonLd[] {
  return entries.flatMap(({ startDate, endDate, closed, ranges }) =>
    (closed || ranges.length === 0 ? [{ opens: '00:00', closes: '00:00' }] : ranges).map(
      ({ opens, closes }) => ({
        '@type': 'OpeningHoursSpecification' as const,
        opens,
        closes: closed ? closes : closingTime(closes),
        validFrom: startDate,
        validThrough: endDate,
      }),
    ),
  );
}

function internationalPhone(phone: string, countryCode: string) {
  return parsePhoneNumberFromString(phone, countryCode as CountryCode)?.formatInternational() ?? phone;
}

export function generateLocalBusinessJsonLd(location: LocationMasterData): LocalBusinessJsonLd {
  const { latitude, longitude, phone, website, region } = location;
  const hours = [
    ...weeklySpecifications(location.openingHours),
    ...specialSpecifications(location.specialHours),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': schemaTypeForCategory(location.primaryCategory),
    name: location.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: location.street,
      postalCode: location.postalCode,
      addressLocality: location.city,
      ...(region ? { addressRegion: region } : {}),
      addressCountry: location.countryCode,
    },
    ...(latitude != null && longitude != null
      ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } }
      : {}),
    ...(phone ? { telephone: internationalPhone(phone, location.countryCode) } : {}),
    ...(website ? { url: website } : {}),
    ...(hours.length > 0 ? { openingHoursSpecification: hours } : {}),
  };
}
