import { describe, expect, it } from 'vitest';
import { publicLocatorUrls } from '../publishable-location';
import { locationJsonLd } from './location-json-ld';
import { schemaTypeForCategory } from './schema-type-for-category';
import { bakery, today, week } from './test-support';

const pageUrl = publicLocatorUrls('https://ortsbild.example/', 'meyer', bakery.storeCode).location!;
const id = `${pageUrl}#business`;

describe('locationJsonLd', () => {
  it('writes the master data as schema.org documents it', () => {
    expect(locationJsonLd(bakery, { id, url: pageUrl, today })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Bakery',
      '@id': 'https://ortsbild.example/l/meyer/HB-12#business',
      name: 'Bäckerei Meyer',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Hafenstraße 12, im Hinterhaus',
        postalCode: '27568',
        addressLocality: 'Bremerhaven',
        addressRegion: 'Bremen',
        addressCountry: 'DE',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 53.5529, longitude: 8.5786 },
      telephone: '+49 471 4829310',
      email: 'hafen@baeckerei-meyer.de',
      url: 'https://www.baeckerei-meyer.de',
      mainEntityOfPage: 'https://ortsbild.example/l/meyer/HB-12',
      description: 'Brot und Brötchen aus dem Steinofen, seit 1921.',
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(
            (day) => `https://schema.org/${day}`,
          ),
          opens: '06:30',
          closes: '18:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Saturday'],
          opens: '07:00',
          closes: '12:00',
        },
        // 3 October has passed; the rest is to come.
        {
          '@type': 'OpeningHoursSpecification',
          opens: '07:00',
          closes: '12:00',
          validFrom: '2026-12-24',
          validThrough: '2026-12-24',
        },
        {
          '@type': 'OpeningHoursSpecification',
          opens: '00:00',
          closes: '00:00',
          validFrom: '2026-12-25',
          validThrough: '2026-12-26',
        },
        {
          '@type': 'OpeningHoursSpecification',
          opens: '07:00',
          closes: '11:00',
          validFrom: '2026-12-31',
          validThrough: '2026-12-31',
        },
        {
          '@type': 'OpeningHoursSpecification',
          opens: '20:00',
          closes: '23:59',
          validFrom: '2026-12-31',
          validThrough: '2026-12-31',
        },
      ],
    });
  });

  it('keeps special hours until their last day has passed', () => {
    const dates = (on: string) => {
      const { openingHoursSpecification } = locationJsonLd(bakery, { id, today: on }) as unknown as {
        openingHoursSpecification: { validFrom?: string }[];
      };
      return openingHoursSpecification.flatMap((specification) => specification.validFrom ?? []);
    };
    expect(dates('2026-12-26')).toEqual(['2026-12-25', '2026-12-31', '2026-12-31']);
    expect(dates('2026-12-27')).toEqual(['2026-12-31', '2026-12-31']);
    expect(dates('2027-01-01')).toEqual([]);
  });

  it('leaves out what the master data does not have, and names the page when there is no website', () => {
    const bare = {
      ...bakery,
      addressExtra: null,
      region: null,
      phone: null,
      website: null,
      email: null,
      description: null,
      latitude: null,
      longitude: null,
      primaryCategory: null,
      openingHours: week({}),
      specialHours: [],
    };
    const jsonLd = locationJsonLd(bare, { id });
    expect(Object.keys(jsonLd)).toEqual(['@context', '@type', '@id', 'name', 'address']);
    expect(jsonLd).toMatchObject({ '@type': 'LocalBusiness', address: { streetAddress: 'Hafenstraße 12' } });
    expect(locationJsonLd(bare, { id, url: pageUrl })).toMatchObject({
      url: pageUrl,
      mainEntityOfPage: pageUrl,
    });
  });

  it('writes a telephone number of another country in its international form', () => {
    const jsonLd = locationJsonLd({ ...bakery, countryCode: 'AT', phone: '+43153422' }, { id, today });
    expect(jsonLd).toMatchObject({ telephone: '+43 1 53422' });
  });

  it.each([
    ['Bäckerei', 'Bakery'],
    ['BAECKEREI', 'Bakery'],
    ['Apotheke', 'Pharmacy'],
    ['Elektriker', 'Electrician'],
    ['Café', 'CafeOrCoffeeShop'],
    ['Friseur', 'HairSalon'],
    ['Bäckerei und Café am Hafen', 'LocalBusiness'],
    ['Steuerberater', 'LocalBusiness'],
    ['constructor', 'LocalBusiness'],
  ])('gives the category %j the type %s', (category, type) => {
    expect(schemaTypeForCategory(category)).toBe(type);
  });
});
