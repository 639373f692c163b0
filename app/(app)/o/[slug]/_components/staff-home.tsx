import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { compareWithBenchmark } from '@/lib/benchmarks/comparison';
import { listWeekCheckIns } from '@/lib/checkins/week-list';
import { statusCounts } from '@/lib/listings/matrix';
import { dashboardWeeks } from '@/lib/checkins/dashboard-week';
import type { MemberContext } from '@/lib/access/member-context';
import { compareIsoWeeks } from '@/lib/weeks/iso-week';
import { ActionItemsCard } from './action-items-card';
import { MonthTimeCard } from './month-time-card';
import { MyCheckInsCard } from './my-checkins-card';

/**
 * The home of a staff member, often on a phone: her check-ins first (last week's if overdue, then
 * this week's), then the listings that need someone and this month's time. No set-up steps and no
 * organisation-wide owner views: those are for owners and managers.
 */
export async function StaffHome({ member }: { member: MemberContext }) {
  const weeks = await dashboardWeeks(member);
  const lastWeekIsDue = compareIsoWeeks(weeks.dueWeek, weeks.thisWeek) < 0;
  const [thisWeek, dueWeek, counts, month, t] = await Promise.all([
    listWeekCheckIns(member, weeks.thisWeek, { page: 1, filter: 'mine' }),
    lastWeekIsDue ? listWeekCheckIns(member, weeks.dueWeek, { page: 1, filter: 'overdue' }) : null,
    statusCounts(member, {}),
    compareWithBenchmark(member, { from: weeks.month.from, to: weeks.month.to }, { subjectTables: false }),
    getTranslations('dashboard'),
  ]);
  const base = `/o/${member.organisation.slug}`;
  return (
    <>
      <PageHeader title={member.organisation.name} intro={t('welcome', { name: member.actor.name })} />
      <div className="space-y-4">
        <MyCheckInsCard
          thisWeek={thisWeek}
          overdueWeek={dueWeek && dueWeek.total > 0 ? dueWeek : null}
          base={base}
        />
        {counts.locations > 0 && (
          <div className="grid gap-4 md:grid-cols-2">
            <ActionItemsCard counts={counts.counts} base={base} />
            <MonthTimeCard comparison={month} base={base} />
          </div>
        )}
      </div>
    </>
  );
}
