import { describe, expect, it } from 'vitest';
import { readChoiceForm } from './form-input';
import { holidayOn, upcomingHolidays } from './public-holidays';
import { holidayHoursInputSchema, holidayHoursRequestSchema } from './schemas';

// The choice's schema and the holidays it accepts: what the form, the API and the tests share.

const issuesOf = (input: Record<string, unknown>) => {
  const result = holidayHoursInputSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
};

describe('public holidays from date-holidays', () => {
  it('has Fronleichnam only in the Länder that keep it', () => {
    for (const region of ['DE-BW', 'DE-BY', 'DE-HE', 'DE-NW', 'DE-RP', 'DE-SL'] as const) {
      expect(holidayOn(region, '2027-05-27')?.name, region).toBe('Fronleichnam');
    }
    for (const region of ['DE', 'DE-NI', 'DE-HB', 'DE-HH', 'DE-SH', 'DE-BE'] as const) {
      expect(holidayOn(region, '2027-05-27'), region).toBeNull();
    }
    expect(holidayOn('DE-SN', '2027-11-17')?.name).toBe('Buß- und Bettag');
    expect(holidayOn('DE-BY', '2027-11-17')).toBeNull();
  });

  it('lists the next twelve months by date, named in either language', () => {
    const holidays = upcomingHolidays('DE', '2026-12-06', 'en');
    expect(holidays[0]).toEqual({ date: '2026-12-24', name: 'Christmas Eve', inLaw: false });
    expect(holidays.at(-1)!.date < '2027-12-06').toBe(true);
    expect(holidays.map((holiday) => holiday.name)).toContain('Easter Monday');
    expect(holidays.map((holiday) => holiday.date)).toEqual(
      [...holidays.map((holiday) => holiday.date)].sort(),
    );
  });
});

describe('holidayHoursInputSchema', () => {
  it('resolves a holiday to its day and keeps its German name', () => {
    expect(
      holidayHoursInputSchema.parse({ period: 'holiday', holidayRegion: 'DE-NW', holidayDate: '2027-05-27' }),
    ).toMatchObject({
      startDate: '2027-05-27',
      endDate: '2027-05-27',
      holiday: { region: 'DE-NW', name: 'Fronleichnam' },
      closed: true,
      ranges: [],
      scope: 'ALL',
      onExisting: 'SKIP',
    });
  });

  it('reports each problem on the field to correct', () => {
    expect(issuesOf({ period: 'holiday', holidayRegion: 'DE-NI', holidayDate: '2027-05-27' })).toEqual({
      holidayDate: 'holidayHours.errors.holidayUnknown',
    });
    expect(issuesOf({ period: 'range', startDate: '2027-08-10', endDate: '2027-08-01' })).toEqual({
      endDate: 'holidayHours.errors.dateRangeReversed',
    });
    expect(issuesOf({ period: 'range', startDate: '2027-01-01', endDate: '2028-01-02' })).toEqual({
      endDate: 'holidayHours.errors.periodTooLong',
    });
    expect(issuesOf({ period: 'range', startDate: '2027-02-30' })).toEqual({
      startDate: 'holidayHours.errors.dateInvalid',
    });
    expect(issuesOf({ period: 'range', startDate: '2027-12-24', closed: false })).toEqual({
      ranges: 'holidayHours.errors.hoursRequired',
    });
    expect(issuesOf({ period: 'range', startDate: '2027-12-24', scope: 'CITY' })).toEqual({
      scopeValue: 'holidayHours.errors.scopeValueRequired',
    });
    expect(issuesOf({ period: 'range', startDate: '2027-12-24', scope: 'GROUP', groupId: 'x' })).toEqual({
      groupId: 'holidayHours.errors.groupInvalid',
    });
  });

  it('reads the form: one range of hours unless closed, the city or region by scope', () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({
      period: 'range',
      startDate: '2027-12-24',
      closed: 'false',
      opens: '09:00',
      closes: '12:30',
      scope: 'REGION',
      city: 'Köln',
      region: 'Nordrhein-Westfalen',
    }))
      form.append(key, value);
    expect(holidayHoursInputSchema.parse(readChoiceForm(form))).toMatchObject({
      closed: false,
      ranges: [{ opens: '09:00', closes: '12:30' }],
      scope: 'REGION',
      scopeValue: 'Nordrhein-Westfalen',
    });
  });

  it('takes the API request with dryRun and a preview page', () => {
    expect(
      holidayHoursRequestSchema.parse({
        period: 'range',
        startDate: '2027-12-31',
        dryRun: true,
        previewPage: 3,
      }),
    ).toMatchObject({
      dryRun: true,
      previewPage: 3,
      choice: { startDate: '2027-12-31', endDate: '2027-12-31' },
    });
  });
});
