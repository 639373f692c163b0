// Places API (New) test data in Google's documented shape: a few German businesses, most of them
// the test locations of lib/verification/osm/fixtures (fixtureLocations), with more fields than the
// app asks for (types, the international phone number, weekday texts), so that a test sees the
// field mask at work. Invented place ids, Maps links and numbers at realistic addresses.
//
// - Bäckerei Meyer, Bremerhaven: everything as the master data has it (phone in Google's national
//   form, website with www), beside the Hafen-Apotheke a few doors on.
// - Backstube Nord, Bremen: another phone number and closing at 18:30 instead of 19:00.
// - Bäckerei Kruse, Oldenburg: two bakeries of that name in the station's postcode, neither at the
//   master data's Bahnhofsplatz 5.
// - Fahrradladen Speiche, Hannover: consistent, asked by its known place id.
// - Café Wattwurm, Cuxhaven: closed permanently.
// - Zur Schleuse, Bremerhaven: a pub open past midnight, Sunday night into Monday included.

type PeriodPoint = { day: number; hour: number; minute: number };
export type FixturePeriod = { open: PeriodPoint; close?: PeriodPoint };

export type FixturePlace = {
  id: string;
  displayName: { text: string; languageCode: string };
  formattedAddress: string;
  addressComponents: { longText: string; shortText: string; types: string[]; languageCode: string }[];
  nationalPhoneNumber?: string;
  internationalPhoneNumber?: string;
  websiteUri?: string;
  regularOpeningHours?: { openNow: boolean; periods: FixturePeriod[]; weekdayDescriptions: string[] };
  rating?: number;
  userRatingCount?: number;
  businessStatus: 'OPERATIONAL' | 'CLOSED_TEMPORARILY' | 'CLOSED_PERMANENTLY';
  googleMapsUri: string;
  location: { latitude: number; longitude: number };
  types: string[];
  primaryType: string;
};

const point = (day: number, time: string): PeriodPoint => ({
  day,
  hour: Number(time.slice(0, 2)),
  minute: Number(time.slice(3, 5)),
});

/** "1-5 06:30-18:00": the same hours on Google's days 1 to 5 (0 is Sunday). */
function periods(...lines: string[]): FixturePeriod[] {
  return lines.flatMap((line) => {
    const [first, last, opens, closes] = /^(\d)-?(\d)? (\d\d:\d\d)-(\d\d:\d\d)$/.exec(line)!.slice(1);
    const from = Number(first);
    const to = last === undefined ? from : Number(last);
    return Array.from({ length: to - from + 1 }, (_, index) => {
      const day = from + index;
      const closeDay = closes! <= opens! ? (day + 1) % 7 : day;
      return { open: point(day, opens!), close: point(closeDay, closes!) };
    });
  });
}

const hours = (periodList: FixturePeriod[]) => ({
  openNow: false,
  periods: periodList,
  weekdayDescriptions: ['(weekday texts as Google writes them; the app does not read them)'],
});

function address(street: string, number: string, postcode: string, city: string, state: string) {
  const part = (longText: string, shortText: string, ...types: string[]) => ({
    longText,
    shortText,
    types,
    languageCode: 'de',
  });
  return {
    formattedAddress: `${street} ${number}, ${postcode} ${city}, Deutschland`,
    addressComponents: [
      part(number, number, 'street_number'),
      part(street, street, 'route'),
      part(city, city, 'locality', 'political'),
      part(state, state, 'administrative_area_level_1', 'political'),
      part('Deutschland', 'DE', 'country', 'political'),
      part(postcode, postcode, 'postal_code'),
    ],
  };
}

const name = (text: string) => ({ text, languageCode: 'de' });
const mapsLink = (cid: string) => `https://maps.google.com/?cid=${cid}`;

export const placeFixtures = {
  meyer: {
    id: 'ChIJq6qqqnBMtEcRmeyerLehe145',
    displayName: name('Bäckerei Meyer'),
    ...address('Hafenstraße', '145', '27576', 'Bremerhaven', 'Bremen'),
    nationalPhoneNumber: '0471 4829310',
    internationalPhoneNumber: '+49 471 4829310',
    websiteUri: 'https://www.baeckerei-meyer.example/lehe',
    regularOpeningHours: hours(periods('1-5 06:30-18:00', '6 06:30-13:00')),
    rating: 4.6,
    userRatingCount: 212,
    businessStatus: 'OPERATIONAL',
    googleMapsUri: mapsLink('5183926120913457121'),
    location: { latitude: 53.5610412, longitude: 8.5870533 },
    types: ['bakery', 'food', 'point_of_interest', 'store', 'establishment'],
    primaryType: 'bakery',
  },
  hafenApotheke: {
    id: 'ChIJq6qqqnBMtEcRhafenApo150',
    displayName: name('Hafen-Apotheke'),
    ...address('Hafenstraße', '150', '27576', 'Bremerhaven', 'Bremen'),
    nationalPhoneNumber: '0471 880011',
    regularOpeningHours: hours(periods('1-5 08:00-18:30', '6 08:30-13:00')),
    rating: 4.2,
    userRatingCount: 57,
    businessStatus: 'OPERATIONAL',
    googleMapsUri: mapsLink('8802311475120987345'),
    location: { latitude: 53.5612695, longitude: 8.5874235 },
    types: ['pharmacy', 'health', 'store', 'establishment'],
    primaryType: 'pharmacy',
  },
  backstube: {
    id: 'ChIJb2K7n1MQsUcRbackstubeNord',
    displayName: name('Backstube Nord'),
    ...address('Sögestraße', '12', '28195', 'Bremen', 'Bremen'),
    nationalPhoneNumber: '0421 3398899',
    websiteUri: 'https://www.backstube-nord.example/',
    regularOpeningHours: hours(periods('1-6 07:00-18:30')),
    rating: 4.1,
    userRatingCount: 389,
    businessStatus: 'OPERATIONAL',
    googleMapsUri: mapsLink('1129384756473829100'),
    location: { latitude: 53.0776, longitude: 8.8066 },
    types: ['bakery', 'cafe', 'food', 'store', 'establishment'],
    primaryType: 'bakery',
  },
  kruseBahnhof: {
    id: 'ChIJ3xX0l0b_tkcRkruseBahnhof1',
    displayName: name('Bäckerei Kruse'),
    ...address('Bahnhofsplatz', '1', '26122', 'Oldenburg', 'Niedersachsen'),
    regularOpeningHours: hours(periods('1-5 05:30-19:00', '6 06:00-14:00')),
    businessStatus: 'OPERATIONAL',
    googleMapsUri: mapsLink('3344556677889900112'),
    location: { latitude: 53.1438, longitude: 8.2219 },
    types: ['bakery', 'food', 'store', 'establishment'],
    primaryType: 'bakery',
  },
  kruseMosle: {
    id: 'ChIJ3xX0l0b_tkcRkruseMosle6x',
    displayName: name('Bäckerei Kruse'),
    ...address('Moslestraße', '6', '26122', 'Oldenburg', 'Niedersachsen'),
    nationalPhoneNumber: '0441 9988770',
    regularOpeningHours: hours(periods('1-5 06:00-18:00', '6 06:00-12:00')),
    rating: 4.4,
    userRatingCount: 98,
    businessStatus: 'OPERATIONAL',
    googleMapsUri: mapsLink('3344556677889900113'),
    location: { latitude: 53.1432, longitude: 8.2226 },
    types: ['bakery', 'food', 'store', 'establishment'],
    primaryType: 'bakery',
  },
  speiche: {
    id: 'ChIJ8zFaf0wLsEcRspeicheLimmer',
    displayName: name('Fahrradladen Speiche'),
    ...address('Limmerstraße', '40', '30451', 'Hannover', 'Niedersachsen'),
    nationalPhoneNumber: '0511 445566',
    internationalPhoneNumber: '+49 511 445566',
    websiteUri: 'https://speiche.example/',
    regularOpeningHours: hours(periods('1-5 10:00-19:00', '6 10:00-16:00')),
    rating: 4.8,
    userRatingCount: 143,
    businessStatus: 'OPERATIONAL',
    googleMapsUri: mapsLink('6070809010203040506'),
    location: { latitude: 52.37201, longitude: 9.71003 },
    types: ['bicycle_store', 'store', 'establishment'],
    primaryType: 'bicycle_store',
  },
  wattwurm: {
    id: 'ChIJc2p1l0wNsUcRwattwurmDuhn',
    displayName: name('Café Wattwurm'),
    ...address('Strandstraße', '80', '27476', 'Cuxhaven', 'Niedersachsen'),
    rating: 4.3,
    userRatingCount: 61,
    businessStatus: 'CLOSED_PERMANENTLY',
    googleMapsUri: mapsLink('9080706050403020101'),
    location: { latitude: 53.8857, longitude: 8.6612 },
    types: ['cafe', 'food', 'establishment'],
    primaryType: 'cafe',
  },
  schleuse: {
    id: 'ChIJq6qqqnBMtEcRschleuseKneipe',
    displayName: name('Zur Schleuse'),
    ...address('Am Neuen Hafen', '7', '27568', 'Bremerhaven', 'Bremen'),
    nationalPhoneNumber: '0471 412233',
    // Wednesday to Saturday 18:00 until 01:00 or 02:00 at night, Sunday 15:00 until 01:00 on Monday.
    regularOpeningHours: hours(periods('3-4 18:00-01:00', '5-6 18:00-02:00', '0 15:00-01:00')),
    rating: 4.5,
    userRatingCount: 302,
    businessStatus: 'OPERATIONAL',
    googleMapsUri: mapsLink('2233445566778899001'),
    location: { latitude: 53.5445, longitude: 8.5768 },
    types: ['bar', 'point_of_interest', 'establishment'],
    primaryType: 'bar',
  },
} satisfies Record<string, FixturePlace>;

export const placeFixtureList: readonly FixturePlace[] = Object.values(placeFixtures);
