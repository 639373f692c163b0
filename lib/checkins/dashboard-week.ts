import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { addIsoWeeks, currentIsoWeek, isoWeekOfDate, todayIn, type IsoWeek } from '@/lib/weeks/iso-week';
import { checkInSchedule } from './access';
import { isOverdue } from './deadlines';

/**
 * The weeks the dashboard talks about, on the organisation's clock: the latest week whose
 * check-ins are due (this week once its check-in day has ended, else last week), and this month
 * as whole ISO weeks (from the week holding the 1st to the current week).
 */
export async function dashboardWeeks(member: MemberContext, now: Date = new Date()) {
  const schedule = await checkInSchedule(member);
  const thisWeek = currentIsoWeek(schedule.timeZone, now);
  const dueWeek: IsoWeek = isOverdue(thisWeek, schedule, now) ? thisWeek : addIsoWeeks(thisWeek, -1);
  const today = todayIn(schedule.timeZone, now);
  const monthStartWeek = isoWeekOfDate(`${today.slice(0, 7)}-01`);
  return {
    thisWeek,
    dueWeek,
    month: { from: monthStartWeek, to: thisWeek, firstDay: `${today.slice(0, 7)}-01` },
  };
}
