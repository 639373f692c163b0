import { instantAt, isoWeekdayOf, todayIn, type PlainDate } from '@/lib/weeks/iso-week';

// When an organisation's weekly digest is due: on Monday, on its own clock, from its reminder hour
// (the hour its check-in reminders go out) to the end of that Monday. The job runs hourly, so a
// run that was missed (a deploy) is made up within the day; a digest never arrives mid-week.

export type DigestSchedule = { timeZone: string; reminderHour: number };

/** The Monday (the week's first day) whose digest is due at `now`, or null. */
export function digestDueWeek(schedule: DigestSchedule, now: Date): PlainDate | null {
  const today = todayIn(schedule.timeZone, now);
  if (isoWeekdayOf(today) !== 1) return null;
  return now.getTime() >= instantAt(today, schedule.reminderHour, schedule.timeZone).getTime() ? today : null;
}
