import { describe, expect, it } from 'vitest';
import { openingHoursOfPeriods } from './google-opening-hours';
import type { GooglePeriod } from './google-place-schema';

const at = (day: number, hour: number, minute = 0) => ({ day, hour, minute });
const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

describe('openingHoursOfPeriods', () => {
  it('reads day 0 as Sunday and writes times as the master data does', () => {
    const periods: GooglePeriod[] = [
      { open: at(1, 6, 30), close: at(1, 18) },
      { open: at(6, 6, 30), close: at(6, 13) },
      { open: at(0, 9), close: at(0, 11, 45) },
    ];
    expect(openingHoursOfPeriods(periods)).toEqual({
      ...closed,
      mon: [{ opens: '06:30', closes: '18:00' }],
      sat: [{ opens: '06:30', closes: '13:00' }],
      sun: [{ opens: '09:00', closes: '11:45' }],
    });
  });

  it('splits a period past midnight into the evening and the next morning, Sunday into Monday too', () => {
    const periods: GooglePeriod[] = [
      { open: at(5, 18), close: at(6, 2) },
      { open: at(0, 15), close: at(1, 1) },
      { open: at(6, 18), close: at(0, 0) },
    ];
    expect(openingHoursOfPeriods(periods)).toEqual({
      ...closed,
      mon: [{ opens: '00:00', closes: '01:00' }],
      fri: [{ opens: '18:00', closes: '24:00' }],
      sat: [
        { opens: '00:00', closes: '02:00' },
        { opens: '18:00', closes: '24:00' },
      ],
      sun: [{ opens: '15:00', closes: '24:00' }],
    });
  });

  it('reads a period over whole days as 00:00-24:00 on each, and one without close as always open', () => {
    expect(openingHoursOfPeriods([{ open: at(2, 0), close: at(4, 0) }])).toEqual({
      ...closed,
      tue: [{ opens: '00:00', closes: '24:00' }],
      wed: [{ opens: '00:00', closes: '24:00' }],
    });
    const allDay = [{ opens: '00:00', closes: '24:00' }];
    expect(openingHoursOfPeriods([{ open: at(0, 0) }])).toEqual({
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    });
  });

  it('keeps a lunch break and joins overlapping periods', () => {
    const periods: GooglePeriod[] = [
      { open: at(3, 14), close: at(3, 18) },
      { open: at(3, 8), close: at(3, 12, 30) },
      { open: at(3, 12), close: at(3, 13) },
    ];
    expect(openingHoursOfPeriods(periods)?.wed).toEqual([
      { opens: '08:00', closes: '13:00' },
      { opens: '14:00', closes: '18:00' },
    ]);
  });

  it('says nothing when Google states no periods', () => {
    expect(openingHoursOfPeriods(undefined)).toBeNull();
    expect(openingHoursOfPeriods([])).toBeNull();
  });
});
