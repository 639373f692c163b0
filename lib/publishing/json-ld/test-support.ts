import type { OpeningHours } from '@/lib/locations/schemas';
import type { PublishableLocation } from '../publishable-location';

// A bakery with everything a location can publish, for the JSON-LD and opening_hours tests.

export const week = (days: Partial<OpeningHours>): OpeningHours => ({
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
  ...days,
});

const range = (opens: string, closes: string) => [{ opens, closes }];
const weekday = range('06:30', '18:00');

export const bakery: PublishableLocation = {
  storeCode: 'HB-12',
  name: 'Bäckerei Meyer',
  street: 'Hafenstraße 12',
  addressExtra: 'im Hinterhaus',
  postalCode: '27568',
  city: 'Bremerhaven',
  region: 'Bremen',
  countryCode: 'DE',
  phone: '+494714829310',
  website: 'https://www.baeckerei-meyer.de',
  email: 'hafen@baeckerei-meyer.de',
  primaryCategory: 'Bäckerei',
  description: 'Brot und Brötchen aus dem Steinofen, seit 1921.',
  latitude: 53.5529,
  longitude: 8.5786,
  openingHours: week({
    mon: weekday,
    tue: weekday,
    wed: weekday,
    thu: weekday,
    fri: weekday,
    sat: range('07:00', '12:00'),
  }),
  specialHours: [
    // Ended before the tests' "today" (2026-12-06): left out.
    { startDate: '2026-10-03', endDate: '2026-10-03', closed: true, ranges: [] },
    { startDate: '2026-12-24', endDate: '2026-12-24', closed: false, ranges: range('07:00', '12:00') },
    { startDate: '2026-12-25', endDate: '2026-12-26', closed: true, ranges: [] },
    {
      startDate: '2026-12-31',
      endDate: '2026-12-31',
      closed: false,
      ranges: [
        { opens: '07:00', closes: '11:00' },
        { opens: '20:00', closes: '24:00' },
      ],
      note: 'Silvester',
    },
  ],
};

export const today = '2026-12-06';
