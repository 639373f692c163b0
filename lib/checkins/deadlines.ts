import { addDaysToDate, dateOfWeekday, instantAt, startOfDateIn, type IsoWeek } from '@/lib/weeks/iso-week';

// When a week's check-in is due, on the organisation's clock. The check-in day (ISO weekday,
// Friday by default) belongs to the week itself: the reminder goes out that day at the reminder
// hour, the check-in is due by the end of that day, and a week not submitted by then is overdue
// (the second reminder goes out the next day at the reminder hour).

export type CheckInSchedule = { checkinWeekday: number; reminderHour: number; timeZone: string };

/** The first reminder: the check-in day at the reminder hour. */
export function reminderAt(week: IsoWeek, schedule: CheckInSchedule): Date {
  return instantAt(dateOfWeekday(week, schedule.checkinWeekday), schedule.reminderHour, schedule.timeZone);
}

/** The end of the check-in day: from this instant on an unsubmitted week is overdue. */
export function dueAt(week: IsoWeek, schedule: CheckInSchedule): Date {
  return startOfDateIn(addDaysToDate(dateOfWeekday(week, schedule.checkinWeekday), 1), schedule.timeZone);
}

/** The second reminder: the day after the check-in day at the reminder hour. */
export function overdueReminderAt(week: IsoWeek, schedule: CheckInSchedule): Date {
  return instantAt(
    addDaysToDate(dateOfWeekday(week, schedule.checkinWeekday), 1),
    schedule.reminderHour,
    schedule.timeZone,
  );
}

export function isOverdue(week: IsoWeek, schedule: CheckInSchedule, now: Date = new Date()): boolean {
  return now.getTime() >= dueAt(week, schedule).getTime();
}
