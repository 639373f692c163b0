import { describe, expect, it } from 'vitest';
import { compareNap } from '@/lib/nap/compare';
import { napOfLocation, napOfObservation } from './master-data';
import { readWebsite } from './read-website';
import { bakeryLocation, websiteFixture, week } from './test-support';

const read = (fixture: string, pageUrl = 'https://www.example.de/') =>
  readWebsite(websiteFixture(fixture), pageUrl);

describe('readWebsite on JSON-LD', () => {
  it('reads a bakery page into the master data shape', () => {
    const { businesses, findings } = read('bakery-jsonld.html', 'https://www.baeckerei-meyer.de/');
    expect(findings).toEqual([]);
    expect(businesses).toEqual([
      {
        name: 'Bäckerei Meyer',
        street: 'Hafenstraße 12',
        postalCode: '27568',
        city: 'Bremerhaven',
        countryCode: 'DE',
        phone: '+49 471 4829310',
        website: 'https://www.baeckerei-meyer.de/',
        openingHours: bakeryLocation.openingHours,
        specialHours: bakeryLocation.specialHours,
        latitude: 53.5529,
        longitude: 8.5786,
        source: {
          kind: 'jsonld',
          type: 'Bakery',
          id: 'https://www.baeckerei-meyer.de/#baeckerei',
          pageUrl: 'https://www.baeckerei-meyer.de/',
        },
      },
    ]);
    expect(compareNap(napOfLocation(bakeryLocation), napOfObservation(businesses[0]!)).consistent).toBe(true);
  });

  it('follows a @graph to the business and its address given by @id (an SEO plugin)', () => {
    const { businesses, findings } = read('yoast-graph.html', 'https://konditorei-sommer.de/');
    expect(findings).toEqual([]);
    expect(businesses).toHaveLength(1);
    expect(businesses[0]).toMatchObject({
      name: 'Konditorei Sommer',
      street: 'Hafenstr. 145',
      postalCode: '27576',
      city: 'Bremerhaven',
      countryCode: 'DE',
      phone: '0471 / 80 12 34',
      website: 'https://konditorei-sommer.de/',
      latitude: 53.5623,
      longitude: 8.5912,
      source: { kind: 'jsonld', type: 'Bakery', id: 'https://konditorei-sommer.de/#local-main-organization' },
    });
    const tueToSat = [{ opens: '09:00', closes: '18:00' }];
    expect(businesses[0]!.openingHours).toEqual(
      week({
        tue: tueToSat,
        wed: tueToSat,
        thu: tueToSat,
        fri: tueToSat,
        sat: tueToSat,
        sun: [{ opens: '13:00', closes: '18:00' }],
      }),
    );
  });

  it('reads every store of a chain page, with relative urls made absolute and an address written as text', () => {
    const { businesses } = read('chain-stores.html', 'https://www.backhaus-nord.de/filialen/');
    expect(
      businesses.map((business) => [business.name, business.street, business.postalCode, business.city]),
    ).toEqual([
      ['Backhaus Nord – Filiale Lehe', 'Hafenstraße 145', '27576', 'Bremerhaven'],
      ['Backhaus Nord – Filiale Mitte', 'Bürgermeister-Smidt-Straße 5', '27568', 'Bremerhaven'],
      ['Backhaus Nord – Filiale Geestemünde', 'Georgstraße 40', '27570', 'Bremerhaven'],
    ]);
    expect(businesses.map((business) => business.website)).toEqual([
      'https://www.backhaus-nord.de/filialen/lehe',
      'https://www.backhaus-nord.de/filialen/mitte',
      'https://www.backhaus-nord.de/filialen/geestemuende',
    ]);
    const weekday = [{ opens: '06:00', closes: '18:30' }];
    expect(businesses[0]!.openingHours).toEqual(
      week({
        mon: weekday,
        tue: weekday,
        wed: weekday,
        thu: weekday,
        fri: weekday,
        sat: [{ opens: '06:30', closes: '13:00' }],
      }),
    );
    const split = [
      { opens: '06:30', closes: '12:30' },
      { opens: '14:00', closes: '18:00' },
    ];
    expect(businesses[2]!.openingHours).toEqual(
      week({ mon: split, tue: split, wed: split, thu: split, fri: split }),
    );
  });

  it('skips a script that is no valid JSON and reads the next one', () => {
    const { businesses, findings } = read('invalid-json.html');
    expect(businesses.map((business) => business.name)).toEqual(['Elektro Brandt']);
    expect(businesses[0]).toMatchObject({ street: 'Werftstraße 3', source: { type: 'Electrician' } });
    expect(findings).toEqual([{ code: 'invalidJson', script: 1, message: expect.any(String) }]);
  });
});

describe('readWebsite on microdata', () => {
  it('reads an item with nested address and position; text as a visitor reads it', () => {
    const { businesses, findings } = read('microdata.html', 'https://apotheke-am-markt.de/kontakt');
    expect(findings).toEqual([]);
    const open = [{ opens: '08:00', closes: '18:30' }];
    expect(businesses).toEqual([
      {
        name: 'Apotheke am Markt Inh. J. Köhler e.K.',
        street: 'Alte Bürger 22',
        postalCode: '27568',
        city: 'Bremerhaven',
        countryCode: 'DE',
        phone: '0471 / 41 22 33',
        website: 'https://apotheke-am-markt.de/',
        openingHours: week({
          mon: open,
          tue: open,
          wed: open,
          thu: open,
          fri: open,
          sat: [{ opens: '08:30', closes: '13:00' }],
        }),
        specialHours: [],
        latitude: 53.5488,
        longitude: 8.577,
        source: {
          kind: 'microdata',
          type: 'Pharmacy',
          id: '#apotheke',
          pageUrl: 'https://apotheke-am-markt.de/kontakt',
        },
      },
    ]);
  });

  it('reads a business stated in JSON-LD and in microdata once, the JSON-LD one', () => {
    const jsonLd = websiteFixture('bakery-jsonld.html');
    const microdata = `<div itemscope itemtype="http://schema.org/Bakery"><span itemprop="name">Bäckerei Meyer</span>
      <div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
      <span itemprop="streetAddress">Hafenstr. 12</span> <span itemprop="postalCode">27568</span></div></div>`;
    const { businesses } = readWebsite(
      jsonLd.replace('<main>', `<main>${microdata}`),
      'https://www.baeckerei-meyer.de/',
    );
    expect(businesses.map((business) => business.source.kind)).toEqual(['jsonld']);
  });
});

describe('readWebsite without a business', () => {
  it('finds no structured data on a page without any', () => {
    expect(read('no-structured-data.html')).toEqual({
      businesses: [],
      findings: [{ code: 'noStructuredData', types: [] }],
    });
  });

  it('names the types a page gives when none of them is a business', () => {
    expect(read('website-only.html')).toEqual({
      businesses: [],
      findings: [{ code: 'noStructuredData', types: ['WebSite', 'SearchAction', 'Organization'] }],
    });
  });
});
