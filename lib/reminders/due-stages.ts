import { overdueReminderAt, reminderAt, type CheckInSchedule } from '@/lib/checkins/deadlines';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { addIsoWeeks, currentIsoWeek, weekStartOf, type IsoWeek, type PlainDate } from '@/lib/weeks/iso-week';

// Which reminders an organisation's schedule calls for at an instant. Only the current week and
// the one before are looked at (a Sunday check-in day's overdue reminder falls on the Monday of the
// next week). A week gets its "due" reminder from the reminder time on; once its overdue reminder
// time has come, only the "overdue" one: nobody needs both at once after the job was down a day.

export type ReminderStage = { week: IsoWeek; weekStart: PlainDate; kind: NotificationKind };

export function dueReminderStages(schedule: CheckInSchedule, now: Date): ReminderStage[] {
  const current = currentIsoWeek(schedule.timeZone, now);
  const stages: ReminderStage[] = [];
  for (const week of [addIsoWeeks(current, -1), current]) {
    const kind = stageOf(week, schedule, now);
    if (kind) stages.push({ week, weekStart: weekStartOf(week), kind });
  }
  return stages;
}

function stageOf(week: IsoWeek, schedule: CheckInSchedule, now: Date): NotificationKind | null {
  if (now.getTime() >= overdueReminderAt(week, schedule).getTime()) return 'CHECKIN_OVERDUE';
  if (now.getTime() >= reminderAt(week, schedule).getTime()) return 'CHECKIN_DUE';
  return null;
}
