import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ScoreSummary } from '@/components/listings/score-summary';
import { trendPeriod, trendRangeOf } from '@/components/score-history/trend-range';
import { MiniMapView } from '@/components/locations/mini-map';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { compareWithBenchmark } from '@/lib/benchmarks/comparison';
import { overdueCheckInsByOwner } from '@/lib/checkins/overdue';
import { statusCounts } from '@/lib/listings/matrix';
import { getFreshnessDays } from '@/lib/listings/platforms';
import { loadMiniMap } from '@/lib/locations/mini-map';
import { loadAppShellData } from '@/lib/organisations/app-shell-data';
import { dashboardPresence } from '@/lib/score-history/dashboard-presence';
import { dashboardWeeks } from '@/lib/checkins/dashboard-week';
import { dashboardStart } from '@/lib/organisations/first-steps';
import { hasRole, type SessionMemberContext } from '@/lib/access/member-context';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { resolveGroupFilter } from '@/lib/access/group-filter';
import { groupFilterParam } from '@/lib/access/group-filter-param';
import { isGroupLimited } from '@/lib/access/location-scope';
import { GroupFilter } from '@/components/locations/group-filter';
import { ActionItemsCard } from './_components/action-items-card';
import { FirstStepsCard } from './_components/first-steps-card';
import { MonthTimeCard } from './_components/month-time-card';
import { OverdueCheckInsCard } from './_components/overdue-checkins-card';
import { PresenceHistoryCards } from './_components/presence-history-cards';
import { StaffHome } from './_components/staff-home';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

/**
 * The organisation at a glance: presence score and what needs action, who is behind on the
 * check-in, this month's time against the survey, and where the locations are. Until the first
 * checklist item is recorded, the first steps stand where the score would be. Beside the score: its
 * daily trend (90 days or 12 months, `?verlauf=365`) and what changed in the listings since last month.
 * `?group=<id>` narrows every card to one location group; a limited manager sees their groups'.
 */
export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember((await params).slug);
  if (!hasRole(member, 'MANAGER')) return <StaffHome member={member} />;
  const {
    weeks,
    trendRange,
    groups,
    groupId,
    shell,
    presence,
    freshnessDays,
    counts,
    overdue,
    month,
    miniMap,
  } = await loadDashboard(member, await searchParams);
  // Active (non-archived) locations, as everywhere on the dashboard.
  const summary = { locations: counts.locations, members: shell.memberCount };
  const start = dashboardStart({
    ...summary,
    recordedItems: presence.recordedItems,
    timeRecorded: month.trend.some((week) => week.minutes > 0 || week.checkIns > 0),
  });
  const t = await getTranslations('dashboard');
  const tNav = await getTranslations('nav');
  const base = `/o/${member.organisation.slug}`;
  return (
    <>
      <PageHeader title={member.organisation.name} intro={t('welcome', { name: member.actor.name })} />
      <div className="mb-4">
        <GroupFilter
          action={base}
          options={groups}
          selected={groupId}
          limited={isGroupLimited(member)}
          keep={{ verlauf: trendRange === '90' ? undefined : trendRange }}
        />
      </div>
      {summary.locations === 0 ? (
        <FirstStepsCard start={start} base={base} className="max-w-2xl" />
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {start.showScore ? (
            <div className="md:col-span-2 xl:col-span-1">
              <ScoreSummary parts={presence} freshnessDays={freshnessDays} />
              <p className="mt-2 text-sm text-slate-600">
                {t('scoreExplained', { count: presence.locations })}{' '}
                <a href={`${base}/listings`} className="text-brand-700 font-semibold hover:underline">
                  {tNav('listings')}
                </a>
              </p>
            </div>
          ) : (
            <FirstStepsCard start={start} base={base} className="md:col-span-2 xl:col-span-1" />
          )}
          {start.showScore && (
            <PresenceHistoryCards presence={presence} range={trendRange} base={base} groupId={groupId} />
          )}
          <ActionItemsCard counts={counts.counts} base={base} />
          <OverdueCheckInsCard week={weeks.dueWeek} overdue={overdue} base={base} />
          <MonthTimeCard comparison={month} base={base} />
          {/* Narrowed to a group, the count is that group's active locations (as the score counts them). */}
          <MapCard
            miniMap={miniMap}
            base={base}
            locations={groupId ? presence.locations : summary.locations}
            members={summary.members}
            groupId={groupId}
          />
          {start.showScore && !start.allDone && <FirstStepsCard start={start} base={base} />}
        </div>
      )}
    </>
  );
}

/** The dashboard's reads, narrowed to the chosen group (checked against the member's options). */
async function loadDashboard(
  member: SessionMemberContext,
  search: Record<string, string | string[] | undefined>,
) {
  const weeks = await dashboardWeeks(member);
  const trendRange = trendRangeOf(search.verlauf);
  const { groupOptions: groups } = await loadAppShellData(member);
  // A foreign, malformed or out-of-limit group is a 404, like any other foreign id.
  const groupId = await findOrNotFound(
    resolveGroupFilter(member, groupFilterParam.parse(search.group), groups),
  );
  const filter = { groupId };
  const [shell, presence, freshnessDays, counts, overdue, month, miniMap] = await Promise.all([
    loadAppShellData(member),
    dashboardPresence(member, trendPeriod(trendRange, member.organisation.timeZone), filter),
    getFreshnessDays(member),
    statusCounts(member, { group: groupId ?? undefined }),
    overdueCheckInsByOwner(member, weeks.dueWeek, undefined, filter),
    compareWithBenchmark(
      member,
      { from: weeks.month.from, to: weeks.month.to, group: groupId ?? undefined },
      { subjectTables: false, knownGroups: groups },
    ),
    loadMiniMap(member, filter),
  ]);
  return {
    weeks,
    trendRange,
    groups,
    groupId,
    shell,
    presence,
    freshnessDays,
    counts,
    overdue,
    month,
    miniMap,
  };
}

/** Where the locations are (narrowed to the group the dashboard shows), with the way to the map. */
async function MapCard({
  miniMap,
  base,
  locations,
  members,
  groupId,
}: {
  miniMap: Awaited<ReturnType<typeof loadMiniMap>>;
  base: string;
  locations: number;
  members: number;
  groupId: string | null;
}) {
  const t = await getTranslations('dashboard');
  const mapHref = groupId ? `${base}/locations/map?group=${groupId}` : `${base}/locations/map`;
  return (
    <Card title={t('mapTitle')}>
      {miniMap.bounds ? (
        <MiniMapView map={miniMap} href={mapHref} label={t('mapLabel', { count: miniMap.located })} />
      ) : (
        <p className="text-slate-700">{t('mapEmpty')}</p>
      )}
      <p className="mt-2 text-sm text-slate-600">
        {t('locationsCount', { count: locations })} · {t('membersCount', { count: members })}
      </p>
      <ButtonLink href={mapHref} variant="secondary" className="mt-3">
        {t('openMap')}
      </ButtonLink>
    </Card>
  );
}
