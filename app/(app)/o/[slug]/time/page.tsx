import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ExportForm } from './_components/export-form';
import { LogTime } from './_components/log-time';
import { RecentEntries } from './_components/recent-entries';
import { WeekSwitcher, weekLabel } from './_components/week-switcher';
import { WeeklyGridTable } from './_components/weekly-grid-table';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listPlatforms } from '@/lib/listings/platforms';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { listMembers } from '@/lib/organisations/members';
import { loggableLocations } from '@/lib/time-entries/log-options';
import { listRecentTimeEntries } from '@/lib/time-entries/time-entries';
import { weeklyGrid } from '@/lib/time-entries/weekly-grid';
import { currentIsoWeek, formatIsoWeek, parseIsoWeek, todayIn, type IsoWeek } from '@/lib/weeks/iso-week';
import { deleteTimeEntryAction } from './_actions/delete-time-entry';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('timeEntries'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A manager's list of locations stops here; staff have only their own anyway.
const locationLimit = 500;

/** Log time, see the week per member, delete recent entries, export: five queries at any size. */
export default async function TimeEntriesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const timeZone = member.organisation.timeZone;
  const weekParam = (await searchParams).week;
  const currentWeek = currentIsoWeek(timeZone);
  const week = (typeof weekParam === 'string' && parseIsoWeek(weekParam)) || currentWeek;
  const isManager = hasRole(member, 'MANAGER');
  const [locations, platforms, members, grid, recent] = await Promise.all([
    loggableLocations(member, locationLimit),
    listPlatforms(member),
    isManager ? listMembers(member) : Promise.resolve([]),
    weeklyGrid(member, week),
    listRecentTimeEntries(member, { limit: 10 }),
  ]);
  const t = await getTranslations('timeEntries');
  const base = `/o/${slug}/time`;
  const today = todayIn(timeZone);
  const enabledPlatforms = platforms.filter((platform) => platform.enabled);
  const label = await weekLabel(week);

  const hrefFor = (target: IsoWeek) => `${base}?week=${formatIsoWeek(target)}`;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-8">
        <Card title={t('form.title')}>
          <LogTime
            slug={slug}
            isManager={isManager}
            membershipId={member.membershipId}
            today={today}
            locations={locations}
            truncatedAt={locations.truncated ? locationLimit : undefined}
            enabledPlatforms={enabledPlatforms}
            members={members}
            // The form starts from the member's last entry where it still applies.
            last={recent.find((entry) => entry.member?.id === member.membershipId)}
          />
        </Card>

        <section aria-labelledby="week-heading">
          <h2 id="week-heading" className="mb-3 text-lg font-semibold text-slate-900">
            {t('grid.title')}
          </h2>
          <WeekSwitcher week={week} currentWeek={currentWeek} hrefFor={hrefFor} />
          {grid.total === 0 ? (
            <EmptyState title={t('grid.emptyTitle')} text={t('grid.emptyText')} />
          ) : (
            <WeeklyGridTable grid={grid} caption={t('grid.caption', { week: label })} />
          )}
          <p className="mt-2 text-sm text-slate-600">{t('grid.onlyTimeEntries')}</p>
        </section>

        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading" className="mb-3 text-lg font-semibold text-slate-900">
            {t('recent.title')}
          </h2>
          <RecentEntries
            entries={recent}
            deleteAction={deleteTimeEntryAction.bind(null, slug)}
            showMember={isManager}
          />
        </section>

        <Card title={t('export.title')}>
          <p className="mb-3 text-sm text-slate-600">
            {isManager ? t('export.text') : t('export.textStaff')}
          </p>
          <ExportForm action={`${base}/export`} from={`${today.slice(0, 8)}01`} to={today} />
        </Card>
      </div>
    </>
  );
}
