import { describe, expect, it } from 'vitest';
import { compareNap } from '@/lib/nap/compare';
import { checkWebsitePage } from '../check-website-page';
import { napOfLocation, napOfObservation } from '../master-data';
import { readWebsite } from '../read-website';
import { bakeryLocation, websiteFixture, week } from '../test-support';
import { generateLocalBusinessJsonLd } from './generate-json-ld';
import { schemaTypeForCategory } from './schema-type-for-category';
import { jsonLdScriptElement, jsonLdText } from './serialise-json-ld';

describe('generateLocalBusinessJsonLd', () => {
  it('writes the master data as schema.org documents it', () => {
    expect(generateLocalBusinessJsonLd(bakeryLocation)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Bakery',
      name: 'Bäckerei Meyer',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Hafenstraße 12',
        postalCode: '27568',
        addressLocality: 'Bremerhaven',
        addressRegion: 'Bremen',
        addressCountry: 'DE',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 53.5529, longitude: 8.5786 },
      telephone: '+49 471 4829310',
      url: 'https://www.baeckerei-meyer.de',
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
          closes: '13:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Sunday'],
          opens: '08:00',
          closes: '11:00',
        },
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
      ],
    });
  });

  it('leaves out what the master data does not have', () => {
    const bare = {
      ...bakeryLocation,
      region: null,
      phone: null,
      website: null,
      latitude: null,
      longitude: null,
    };
    const snippet = generateLocalBusinessJsonLd({
      ...bare,
      primaryCategory: null,
      openingHours: week({}),
      specialHours: [],
    });
    expect(Object.keys(snippet)).toEqual(['@context', '@type', 'name', 'address']);
    expect(snippet['@type']).toBe('LocalBusiness');
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

describe('the snippet in a page', () => {
  it('escapes what could end the script element, and stays the same JSON', () => {
    const location = { ...bakeryLocation, name: 'Meyer </script><script>alert(1)</script> & <!-- Söhne' };
    const text = jsonLdText(generateLocalBusinessJsonLd(location));
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('Meyer \\u003c/script\\u003e');
    expect(JSON.parse(text).name).toBe(location.name);
    expect(jsonLdScriptElement({ a: '\u2028' })).toBe(
      '<script type="application/ld+json">\n{\n  "a": "\\u2028"\n}\n</script>',
    );
  });

  it('is read back by the reader to the master data’s values', () => {
    const page = `<!doctype html><html><head><title>Bäckerei Meyer</title>\n${jsonLdScriptElement(
      generateLocalBusinessJsonLd(bakeryLocation),
    )}\n</head><body><h1>Willkommen</h1></body></html>`;
    const { businesses, findings } = readWebsite(page, 'https://www.baeckerei-meyer.de/');
    expect(findings).toEqual([]);
    expect(businesses).toHaveLength(1);
    const [business] = businesses;
    expect(compareNap(napOfLocation(bakeryLocation), napOfObservation(business!)).consistent).toBe(true);
    expect(business).toMatchObject({
      countryCode: bakeryLocation.countryCode,
      latitude: bakeryLocation.latitude,
      longitude: bakeryLocation.longitude,
      openingHours: bakeryLocation.openingHours,
      specialHours: bakeryLocation.specialHours,
      source: { kind: 'jsonld', type: 'Bakery' },
    });
  });

  it('reads back open all day and special hours with several ranges', () => {
    const allDay = [{ opens: '00:00', closes: '24:00' }];
    const location = {
      ...bakeryLocation,
      openingHours: week({ fri: allDay, sat: [{ opens: '18:00', closes: '24:00' }] }),
      specialHours: [
        {
          startDate: '2026-12-31',
          endDate: '2026-12-31',
          closed: false,
          ranges: [
            { opens: '08:00', closes: '12:00' },
            { opens: '20:00', closes: '24:00' },
          ],
          note: 'Silvester',
        },
      ],
    };
    const page = jsonLdScriptElement(generateLocalBusinessJsonLd(location));
    const [business] = readWebsite(page, 'https://www.baeckerei-meyer.de/').businesses;
    expect(business!.openingHours).toEqual(location.openingHours);
    // A note is for people; the snippet has no place for it.
    const { note: _note, ...newYearsEve } = location.specialHours[0]!;
    expect(business!.specialHours).toEqual([newYearsEve]);
  });
});

describe('checkWebsitePage', () => {
  it('offers the snippet for a page that names no business', () => {
    const check = checkWebsitePage(
      websiteFixture('no-structured-data.html'),
      'https://www.example.de/',
      bakeryLocation,
    );
    expect(check.choice).toEqual({ kind: 'none' });
    expect(check.reading.findings).toEqual([{ code: 'noStructuredData', types: [] }]);
    expect(check.nap).toBeNull();
    expect(check.suggestedSnippet).toBe(jsonLdScriptElement(generateLocalBusinessJsonLd(bakeryLocation)));
  });

  it('compares the entry found with the master data', () => {
    const check = checkWebsitePage(websiteFixture('bakery-jsonld.html'), 'https://www.baeckerei-meyer.de/', {
      ...bakeryLocation,
      phone: '+494714829311',
    });
    expect(check.choice.kind).toBe('found');
    expect(check.nap?.mismatches).toEqual(['phone']);
    expect(check.suggestedSnippet).toBeNull();
  });
});
