import { describe, expect, it } from 'vitest';
import { createTeam, expectAppError } from '@/tests/support/factories';
import { getCheckInSchedule, updateCheckInSchedule } from './check-in-schedule';
import { nextReminderAt } from './next-reminder';
import { checkInScheduleSchema } from './schemas';

const parse = (input: Record<string, string>) => checkInScheduleSchema.safeParse(input);
const messages = (input: Record<string, string>) => {
  const result = parse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
};

describe('check-in schedule', () => {
  it('starts on Friday at 09:00 in Berlin and is changed by managers for their organisation only', async () => {
    const team = await createTeam();
    const other = await createTeam();
    expect(await getCheckInSchedule(team.staff)).toEqual({
      checkinWeekday: 5,
      reminderHour: 9,
      timeZone: 'Europe/Berlin',
    });
    const input = checkInScheduleSchema.parse({
      checkinWeekday: '1',
      reminderHour: '7',
      timeZone: 'Europe/Vienna',
    });
    await updateCheckInSchedule(team.manager, input);
    expect(await getCheckInSchedule(team.owner)).toEqual({
      checkinWeekday: 1,
      reminderHour: 7,
      timeZone: 'Europe/Vienna',
    });
    expect((await getCheckInSchedule(other.staff)).checkinWeekday).toBe(5);
  });

  it('refuses staff and changes nothing', async () => {
    const team = await createTeam();
    const input = checkInScheduleSchema.parse({ checkinWeekday: '3', reminderHour: '8', timeZone: 'UTC' });
    await expectAppError(updateCheckInSchedule(team.staff, input), 'FORBIDDEN');
    expect((await getCheckInSchedule(team.staff)).checkinWeekday).toBe(5);
  });

  it('accepts weekdays 1–7, hours 0–23 and known IANA time zones only', () => {
    expect(parse({ checkinWeekday: '7', reminderHour: '0', timeZone: ' America/New_York ' }).data).toEqual({
      checkinWeekday: 7,
      reminderHour: 0,
      timeZone: 'America/New_York',
    });
    expect(parse({ checkinWeekday: '1', reminderHour: '23', timeZone: 'UTC' }).success).toBe(true);
    expect(messages({ checkinWeekday: '0', reminderHour: '24', timeZone: 'Mars/Olympus' })).toEqual([
      'checkinWeekday: notifications.schedule.errors.weekdayInvalid',
      'reminderHour: notifications.schedule.errors.hourInvalid',
      'timeZone: notifications.schedule.errors.timeZoneInvalid',
    ]);
    expect(messages({ checkinWeekday: '2.5', reminderHour: 'x', timeZone: '' })).toHaveLength(3);
    expect(messages({ checkinWeekday: '8', reminderHour: '-1', timeZone: 'CET' })).toHaveLength(3);
  });

  it('names the next reminder: this week while it is ahead, else next week, on the local clock', () => {
    const friday9 = { checkinWeekday: 5, reminderHour: 9, timeZone: 'Europe/Berlin' };
    expect(nextReminderAt(friday9, new Date('2026-11-26T12:00:00Z')).toISOString()).toBe(
      '2026-11-27T08:00:00.000Z',
    );
    expect(nextReminderAt(friday9, new Date('2026-11-27T08:00:00Z')).toISOString()).toBe(
      '2026-12-04T08:00:00.000Z',
    );
    // Across the switch to summer time: 09:00 stays 09:00.
    expect(nextReminderAt(friday9, new Date('2026-03-21T12:00:00Z')).toISOString()).toBe(
      '2026-03-27T08:00:00.000Z',
    );
    expect(nextReminderAt(friday9, new Date('2026-03-28T12:00:00Z')).toISOString()).toBe(
      '2026-04-03T07:00:00.000Z',
    );
  });
});
