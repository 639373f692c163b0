import { describe, expect, it } from 'vitest';
import { locationJsonLd } from '@/lib/publishing/json-ld/location-json-ld';
import { jsonLdScriptElement, jsonLdText } from '@/lib/publishing/json-ld/serialise-json-ld';
import { compareNap } from '@/lib/nap/compare';
import { checkWebsitePage } from './check-website-page';
import { napOfLocation, napOfObservation } from './master-data';
import { readWebsite } from './read-website';
import { bakeryLocation, websiteFixture, week } from './test-support';

// The JSON-LD the website check offers for a page that names no business
// (lib/publishing/json-ld, the same generator as everywhere else) read back by the website reader.
// The special hours of the fixture are in December 2026: `today` keeps them from being left out as
// ended once that has passed.

const beforeChristmas = { today: '2026-12-01' };

describe('the snippet in a page', () => {
  it('escapes what could end the script element, and stays the same JSON', () => {
    const location = { ...bakeryLocation, name: 'Meyer </script><script>alert(1)</script> & <!-- Söhne' };
    const text = jsonLdText(locationJsonLd(location, beforeChristmas));
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('Meyer \\u003c/script\\u003e');
    expect(JSON.parse(text).name).toBe(location.name);
    expect(jsonLdScriptElement({ a: '\u2028' })).toBe(
      '<script type="application/ld+json">\n{\n  "a": "\\u2028"\n}\n</script>',
    );
  });

  it('is read back by the reader to the master data’s values', () => {
    const page = `<!doctype html><html><head><title>Bäckerei Meyer</title>\n${jsonLdScriptElement(
      locationJsonLd(bakeryLocation, beforeChristmas),
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
    const page = jsonLdScriptElement(locationJsonLd(location, beforeChristmas));
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
    expect(check.suggestedSnippet).toBe(jsonLdScriptElement(locationJsonLd(bakeryLocation)));
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
