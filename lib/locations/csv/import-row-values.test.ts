import { describe, expect, it } from 'vitest';
import { locationInputSchema, type LocationInput } from '../schemas';
import { changedFields, hoursRuns, maxChangeTextLength, rowValues } from './import-row-values';

const location = (overrides: Record<string, unknown> = {}): LocationInput =>
  locationInputSchema.parse({
    storeCode: 'BHV-01',
    name: 'Bäckerei Süß Lehe',
    street: 'Hafenstraße 145',
    postalCode: '27576',
    city: 'Bremerhaven',
    phone: '0471 4829320',
    openingHours: { mon: [{ opens: '06:30', closes: '18:00' }] },
    ...overrides,
  });

const weekdayHours = (ranges: { opens: string; closes: string }[]) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, ranges]));

describe('the values a row is stored with', () => {
  it('are the normalised main fields, empty optional ones left out', () => {
    expect(rowValues(location({ website: 'www.deichbrise.de', name: '  Bäckerei Süß Lehe ' }))).toEqual({
      name: 'Bäckerei Süß Lehe',
      street: 'Hafenstraße 145',
      postalCode: '27576',
      city: 'Bremerhaven',
      countryCode: 'DE',
      phone: '+49 471 4829320',
      website: 'https://www.deichbrise.de',
      openingHours: [['mon', 'mon', '06:30-18:00']],
    });
  });

  it('sum up the hours as runs of days with the same hours, closed days left out', () => {
    const split = [
      { opens: '06:30', closes: '13:00' },
      { opens: '14:00', closes: '18:00' },
    ];
    const { openingHours } = location({
      openingHours: { ...weekdayHours(split), sat: [{ opens: '07:00', closes: '12:00' }] },
    });
    expect(hoursRuns(openingHours)).toEqual([
      ['mon', 'fri', '06:30-13:00,14:00-18:00'],
      ['sat', 'sat', '07:00-12:00'],
    ]);
    // The same hours on days that are not next to each other are separate runs.
    const gap = location({ openingHours: { mon: split, tue: [], wed: split } }).openingHours;
    expect(hoursRuns(gap)).toEqual([
      ['mon', 'mon', '06:30-13:00,14:00-18:00'],
      ['wed', 'wed', '06:30-13:00,14:00-18:00'],
    ]);
    expect(hoursRuns(location({ openingHours: {} }).openingHours)).toEqual([]);
  });
});

describe('the fields an update changes', () => {
  it('name only the phone when only the phone differs, old and new as people read them', () => {
    expect(changedFields(location(), location({ phone: '+49 471 4829321' }))).toEqual([
      { field: 'phone', from: '+49 471 4829320', to: '+49 471 4829321' },
    ]);
  });

  it('are none for the same data, however it was written', () => {
    const written = location({ phone: '+494714829320', name: 'Bäckerei Süß Lehe  ' });
    expect(changedFields(location(), written)).toEqual([]);
    const christmas = {
      startDate: '2026-12-24',
      endDate: '2026-12-24',
      ranges: [{ opens: '08:00', closes: '12:00' }],
    };
    const newYear = { startDate: '2026-12-31', endDate: '2026-12-31', closed: true };
    expect(
      changedFields(
        location({ specialHours: [christmas, newYear] }),
        location({ specialHours: [newYear, christmas] }),
      ),
    ).toEqual([]);
  });

  it('name hours per day, a cleared field as empty, and cut long texts', () => {
    const stored = location({ website: 'https://alt.example', description: 'Kurz.' });
    const input = location({
      openingHours: {
        mon: [{ opens: '07:00', closes: '18:00' }],
        sat: [{ opens: '07:00', closes: '12:00' }],
      },
      description: 'Frische Brötchen. '.repeat(20),
      specialHours: [{ startDate: '2026-12-24', endDate: '2026-12-26', closed: true, note: 'Weihnachten' }],
    });
    const changes = changedFields(stored, input);
    expect(changes.map((change) => change.field)).toEqual([
      'website',
      'description',
      'openingHours.mon',
      'openingHours.sat',
      'specialHours',
    ]);
    expect(changes).toContainEqual({ field: 'website', from: 'https://alt.example', to: '' });
    expect(changes).toContainEqual({ field: 'openingHours.mon', from: '06:30-18:00', to: '07:00-18:00' });
    expect(changes).toContainEqual({ field: 'openingHours.sat', from: '', to: '07:00-12:00' });
    expect(changes).toContainEqual({
      field: 'specialHours',
      from: '',
      to: '2026-12-24-2026-12-26: x "Weihnachten"',
    });
    const description = changes.find((change) => change.field === 'description')!;
    expect(description.to).toHaveLength(maxChangeTextLength);
    expect(description.to.endsWith('…')).toBe(true);
  });
});
