import { describe, expect, it } from 'vitest';
import { dueReminderStages } from './due-stages';

const friday9Berlin = { checkinWeekday: 5, reminderHour: 9, timeZone: 'Europe/Berlin' };
const stages = (schedule: typeof friday9Berlin, now: string) =>
  dueReminderStages(schedule, new Date(now)).map((stage) => `${stage.kind} ${stage.weekStart}`);

describe('dueReminderStages', () => {
  it('moves from nothing to due to overdue through the week', () => {
    // Thursday of 2026-W48: last week is overdue, this week not yet due.
    expect(stages(friday9Berlin, '2026-11-26T12:00:00Z')).toEqual(['CHECKIN_OVERDUE 2026-11-16']);
    expect(stages(friday9Berlin, '2026-11-27T08:00:00Z')).toEqual([
      'CHECKIN_OVERDUE 2026-11-16',
      'CHECKIN_DUE 2026-11-23',
    ]);
    expect(stages(friday9Berlin, '2026-11-28T08:00:00Z')).toEqual([
      'CHECKIN_OVERDUE 2026-11-16',
      'CHECKIN_OVERDUE 2026-11-23',
    ]);
  });

  it('reads the week on the organisation clock: late Sunday in Berlin is still that week', () => {
    // Sunday 29 November 23:30 in Berlin is 22:30 UTC; a Sunday 18:00 check-in is due, not overdue.
    const sunday18 = { checkinWeekday: 7, reminderHour: 18, timeZone: 'Europe/Berlin' };
    expect(stages(sunday18, '2026-11-29T22:30:00Z')).toEqual([
      'CHECKIN_OVERDUE 2026-11-16',
      'CHECKIN_DUE 2026-11-23',
    ]);
    // Half an hour later it is Monday in Berlin: last week's due reminder still stands until 18:00.
    expect(stages(sunday18, '2026-11-29T23:30:00Z')).toEqual(['CHECKIN_DUE 2026-11-23']);
    expect(stages(sunday18, '2026-11-30T17:00:00Z')).toEqual(['CHECKIN_OVERDUE 2026-11-23']);
  });
});
