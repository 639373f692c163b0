import { describe, expect, it } from 'vitest';
import { easterSunday, firstWorkingDay, reportDueMonth } from './first-working-day';

describe('first working day of a month', () => {
  it('knows Easter', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2020)).toBe('2020-04-12');
  });

  it('skips weekends and the nationwide holidays', () => {
    expect(firstWorkingDay('2026-12')).toBe('2026-12-01'); // Tuesday
    expect(firstWorkingDay('2026-11')).toBe('2026-11-02'); // the 1st is a Sunday
    expect(firstWorkingDay('2027-01')).toBe('2027-01-04'); // New Year on Friday, then the weekend
    expect(firstWorkingDay('2026-05')).toBe('2026-05-04'); // May Day on Friday
    expect(firstWorkingDay('2020-06')).toBe('2020-06-02'); // Whit Monday on the 1st
    expect(firstWorkingDay('2021-04')).toBe('2021-04-01'); // Good Friday on the 2nd comes later
    expect(firstWorkingDay('2027-03')).toBe('2027-03-01');
  });

  it("is due from the reminder hour of that day on the organisation's clock", () => {
    const berlin = { timeZone: 'Europe/Berlin', reminderHour: 9 };
    // Tuesday 1 December 2026, 09:00 in Berlin is 08:00 UTC.
    expect(reportDueMonth(berlin, new Date('2026-12-01T07:59:00Z'))).toBeNull();
    expect(reportDueMonth(berlin, new Date('2026-12-01T08:00:00Z'))).toBe('2026-11');
    expect(reportDueMonth(berlin, new Date('2026-12-01T22:59:00Z'))).toBe('2026-11');
    expect(reportDueMonth(berlin, new Date('2026-12-01T23:00:00Z'))).toBeNull();
    expect(reportDueMonth(berlin, new Date('2026-12-02T08:00:00Z'))).toBeNull();
    const newYork = { timeZone: 'America/New_York', reminderHour: 8 };
    expect(reportDueMonth(newYork, new Date('2026-12-01T12:59:00Z'))).toBeNull();
    expect(reportDueMonth(newYork, new Date('2026-12-01T13:00:00Z'))).toBe('2026-11');
    // January's report of December goes out on Monday the 4th in 2027.
    expect(reportDueMonth(berlin, new Date('2027-01-04T08:00:00Z'))).toBe('2026-12');
  });
});
