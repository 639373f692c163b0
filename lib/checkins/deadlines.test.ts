import { describe, expect, it } from 'vitest';
import { dueAt, isOverdue, overdueReminderAt, reminderAt } from './deadlines';

const friday9Berlin = { checkinWeekday: 5, reminderHour: 9, timeZone: 'Europe/Berlin' };

describe('check-in deadlines', () => {
  it('reminds on the check-in day at the local hour, also in summer time', () => {
    expect(reminderAt({ year: 2026, week: 48 }, friday9Berlin).toISOString()).toBe(
      '2026-11-27T08:00:00.000Z',
    );
    expect(reminderAt({ year: 2026, week: 26 }, friday9Berlin).toISOString()).toBe(
      '2026-06-26T07:00:00.000Z',
    );
  });

  it('is due at the end of the check-in day and overdue from then on', () => {
    const week = { year: 2026, week: 48 };
    expect(dueAt(week, friday9Berlin).toISOString()).toBe('2026-11-27T23:00:00.000Z');
    expect(isOverdue(week, friday9Berlin, new Date('2026-11-27T22:59:59Z'))).toBe(false);
    expect(isOverdue(week, friday9Berlin, new Date('2026-11-27T23:00:00Z'))).toBe(true);
    expect(overdueReminderAt(week, friday9Berlin).toISOString()).toBe('2026-11-28T08:00:00.000Z');
  });

  it('handles a Sunday check-in day in week 53, whose next day is in the next year', () => {
    const sunday = { checkinWeekday: 7, reminderHour: 18, timeZone: 'Europe/Berlin' };
    const week = { year: 2026, week: 53 };
    expect(reminderAt(week, sunday).toISOString()).toBe('2027-01-03T17:00:00.000Z');
    expect(overdueReminderAt(week, sunday).toISOString()).toBe('2027-01-04T17:00:00.000Z');
  });

  it('keeps the local hour across the switch to summer time', () => {
    // 2026-W13: clocks go forward on Sunday 29 March.
    const sunday = { checkinWeekday: 7, reminderHour: 9, timeZone: 'Europe/Berlin' };
    expect(reminderAt({ year: 2026, week: 13 }, sunday).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(reminderAt({ year: 2026, week: 12 }, sunday).toISOString()).toBe('2026-03-22T08:00:00.000Z');
  });
});
