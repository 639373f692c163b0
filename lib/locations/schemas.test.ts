import { describe, expect, it } from 'vitest';
import { locationInputSchema, locationListQuerySchema } from './schemas';

const valid = {
  storeCode: 'BHV-01',
  name: 'Bäckerei Deichbrise',
  street: 'Bürgermeister-Smidt-Straße 112',
  postalCode: '27568',
  city: 'Bremerhaven',
};

function issuesOf(input: Record<string, unknown>) {
  const result = locationInputSchema.safeParse({ ...valid, ...input });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('locationInputSchema', () => {
  it('accepts form strings and normalises them: phone to E.164, website with scheme, decimal comma', () => {
    const result = locationInputSchema.parse({
      ...valid,
      phone: '0471 / 48 29-310',
      website: 'www.baeckerei-deichbrise.de',
      latitude: '53,5446',
      longitude: '8.5781',
      countryCode: '',
      addressExtra: '',
    });
    expect(result).toMatchObject({
      phone: '+494714829310',
      website: 'https://www.baeckerei-deichbrise.de',
      latitude: 53.5446,
      longitude: 8.5781,
      countryCode: 'DE',
      status: 'ACTIVE',
    });
    expect(result.addressExtra).toBeUndefined();
  });

  it('sorts the ranges of a day and accepts several ranges, from JSON text as forms send it', () => {
    const result = locationInputSchema.parse({
      ...valid,
      openingHours: JSON.stringify({
        wed: [
          { opens: '14:00', closes: '18:00' },
          { opens: '06:30', closes: '13:00' },
        ],
      }),
    });
    expect(result.openingHours.wed).toEqual([
      { opens: '06:30', closes: '13:00' },
      { opens: '14:00', closes: '18:00' },
    ]);
    expect(result.openingHours.sun).toEqual([]);
  });

  it('reports every problem at once, each on its field', () => {
    expect(
      issuesOf({
        storeCode: '',
        postalCode: '2756',
        phone: '123',
        website: 'not a website',
        latitude: '95',
        openingHours: {
          mon: [{ opens: '18:00', closes: '08:00' }],
          tue: [
            { opens: '08:00', closes: '12:00' },
            { opens: '11:00', closes: '13:00' },
          ],
        },
      }),
    ).toEqual({
      storeCode: 'locations.errors.storeCodeRequired',
      postalCode: 'locations.errors.postalCodeInvalid',
      phone: 'locations.errors.phoneInvalid',
      website: 'locations.errors.websiteInvalid',
      latitude: 'locations.errors.latitudeInvalid',
      'openingHours.mon.0': 'locations.errors.rangeReversed',
      'openingHours.tue': 'locations.errors.rangesOverlap',
    });
  });

  it('reports an invalid time once, without also calling its range reversed', () => {
    const issuesFor = (opens: string, closes: string) =>
      locationInputSchema
        .safeParse({ ...valid, openingHours: { mon: [{ opens, closes }] } })
        .error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    expect(issuesFor('25:00', '18:00')).toEqual([
      { path: 'openingHours.mon.0.opens', message: 'locations.errors.timeInvalid' },
    ]);
    expect(issuesFor('09:00', '9 Uhr')).toEqual([
      { path: 'openingHours.mon.0.closes', message: 'locations.errors.timeInvalid' },
    ]);
    expect(issuesFor('18:00', '09:00')).toEqual([
      { path: 'openingHours.mon.0', message: 'locations.errors.rangeReversed' },
    ]);
  });

  it('checks postcodes by country and needs both coordinates or neither', () => {
    expect(issuesOf({ countryCode: 'AT', postalCode: '1010' })).toEqual({});
    expect(issuesOf({ countryCode: 'AT', postalCode: '10115' })).toHaveProperty('postalCode');
    expect(issuesOf({ latitude: '53.5' })).toEqual({ latitude: 'locations.errors.coordinatesIncomplete' });
  });

  it('validates special hours: order of dates, closed or with hours', () => {
    expect(
      issuesOf({ specialHours: [{ startDate: '2026-12-26', endDate: '2026-12-24', closed: true }] }),
    ).toEqual({ 'specialHours.0': 'locations.errors.dateRangeReversed' });
    expect(
      issuesOf({ specialHours: [{ startDate: '2026-12-24', endDate: '2026-12-24', closed: false }] }),
    ).toEqual({
      'specialHours.0': 'locations.errors.specialHoursEmpty',
    });
    expect(
      issuesOf({
        specialHours: [
          {
            startDate: '2026-12-24',
            endDate: '2026-12-24',
            closed: false,
            ranges: [{ opens: '08:00', closes: '12:00' }],
          },
        ],
      }),
    ).toEqual({});
  });

  it('keeps the name and address lines on one line; the description may have several', () => {
    expect(
      issuesOf({
        name: 'Bäckerei\nDeichbrise',
        street: 'Hafenstraße 1\r\nEND:VCALENDAR',
        addressExtra: 'Hinterhaus\u2028links',
        city: 'Bremer\rhaven',
        region: 'Bre\u2029men',
        primaryCategory: 'Bäckerei\nCafé',
        description: 'Frisches Brot.\r\nSeit 1952.',
      }),
    ).toEqual({
      name: 'textLineBreak',
      street: 'textLineBreak',
      addressExtra: 'textLineBreak',
      city: 'textLineBreak',
      region: 'textLineBreak',
      primaryCategory: 'textLineBreak',
    });
  });

  it('refuses a malformed assignee id instead of passing it to the database', () => {
    expect(issuesOf({ assignedMembershipId: "1' OR '1'='1" })).toEqual({
      assignedMembershipId: 'locations.errors.assigneeInvalid',
    });
  });
});

describe('locationListQuerySchema', () => {
  it('falls back to defaults for nonsense instead of failing the page', () => {
    expect(
      locationListQuerySchema.parse({
        sort: 'password',
        direction: 'sideways',
        page: '-3',
        pageSize: '100000',
      }),
    ).toEqual({
      q: undefined,
      sort: 'name',
      direction: 'asc',
      page: 1,
      pageSize: 25,
      archived: false,
    });
  });
});
