import { reminderAt, type CheckInSchedule } from '@/lib/checkins/deadlines';
import { addIsoWeeks, currentIsoWeek } from '@/lib/weeks/iso-week';

/** The next time the first reminder goes out: this week's check-in day if still ahead, else next week's. */
export function nextReminderAt(schedule: CheckInSchedule, now: Date = new Date()): Date {
  const thisWeek = currentIsoWeek(schedule.timeZone, now);
  const thisWeeks = reminderAt(thisWeek, schedule);
  return thisWeeks.getTime() > now.getTime() ? thisWeeks : reminderAt(addIsoWeeks(thisWeek, 1), schedule);
}
