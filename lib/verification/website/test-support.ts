import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OpeningHours } from '@/lib/locations/schemas';
import type { LocationMasterData } from './master-data';

// The website reader's test pages (./fixtures, kept as the sites wrote them: prettier leaves them
// alone) and a location's master data to check them against.

export function websiteFixture(name: string) {
  return readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
}

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

/** The bakery of fixtures/bakery-jsonld.html as its master data has it. */
export const bakeryLocation: LocationMasterData = {
  name: 'Bäckerei Meyer',
  street: 'Hafenstraße 12',
  postalCode: '27568',
  city: 'Bremerhaven',
  region: 'Bremen',
  countryCode: 'DE',
  phone: '+494714829310',
  website: 'https://www.baeckerei-meyer.de',
  latitude: 53.5529,
  longitude: 8.5786,
  primaryCategory: 'Bäckerei',
  openingHours: week({
    mon: range('06:30', '18:00'),
    tue: range('06:30', '18:00'),
    wed: range('06:30', '18:00'),
    thu: range('06:30', '18:00'),
    fri: range('06:30', '18:00'),
    sat: range('07:00', '13:00'),
    sun: range('08:00', '11:00'),
  }),
  specialHours: [
    { startDate: '2026-12-24', endDate: '2026-12-24', closed: false, ranges: range('07:00', '12:00') },
    { startDate: '2026-12-25', endDate: '2026-12-26', closed: true, ranges: [] },
  ],
};
