import { describe, expect, it } from 'vitest';
import { digestDueWeek } from './due-week';

const berlin = { timeZone: 'Europe/Berlin', reminderHour: 9 };

describe('digestDueWeek', () => {
  it("is due on Monday from the reminder hour on the organisation's clock until the day ends", () => {
    expect(digestDueWeek(berlin, new Date('2026-11-30T07:59:59Z'))).toBeNull();
    expect(digestDueWeek(berlin, new Date('2026-11-30T08:00:00Z'))).toBe('2026-11-30');
    expect(digestDueWeek(berlin, new Date('2026-11-30T22:59:59Z'))).toBe('2026-11-30');
    // Tuesday in Berlin already.
    expect(digestDueWeek(berlin, new Date('2026-11-30T23:00:00Z'))).toBeNull();
    expect(digestDueWeek(berlin, new Date('2026-12-02T08:00:00Z'))).toBeNull();
  });

  it('follows the time zone and summer time', () => {
    const newYork = { timeZone: 'America/New_York', reminderHour: 7 };
    // Monday 07:00 in New York is 12:00 UTC in winter, 11:00 UTC in summer.
    expect(digestDueWeek(newYork, new Date('2026-11-30T11:59:00Z'))).toBeNull();
    expect(digestDueWeek(newYork, new Date('2026-11-30T12:00:00Z'))).toBe('2026-11-30');
    expect(digestDueWeek(newYork, new Date('2026-06-01T11:00:00Z'))).toBe('2026-06-01');
    // Sunday evening in New York while it is Monday in UTC.
    expect(digestDueWeek(newYork, new Date('2026-11-30T02:00:00Z'))).toBeNull();
  });
});
