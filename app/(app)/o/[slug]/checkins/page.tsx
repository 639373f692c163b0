import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { WeekSwitcher } from '@/components/checkins/week-switcher';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { weekListQuerySchema, type WeekListFilter } from '@/lib/checkins/schemas';
import { listWeekCheckIns, weekStatuses } from '@/lib/checkins/week-list';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { currentIsoWeek, formatIsoWeek, type IsoWeek } from '@/lib/weeks/iso-week';
import { CheckInSearch } from './_components/check-in-search';
import { FilterTabs } from './_components/filter-tabs';
import { NoLocations } from './_components/no-locations';
import { WeekRows } from './_components/week-rows';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkins.list'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The week's check-ins of every location the member sees: three queries at any size. */
export default async function CheckInsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const query = weekListQuerySchema.parse(await searchParams);
  const current = currentIsoWeek(member.organisation.timeZone);
  const week = query.week ?? current;
  const isManager = hasRole(member, 'MANAGER');
  const filter = query.filter ?? (isManager ? 'all' : 'mine');
  const list = await listWeekCheckIns(member, week, { page: query.page, filter, query: query.q });
  const t = await getTranslations('checkins');
  const base = `/o/${slug}/checkins`;
  const hrefFor = (changes: { week?: IsoWeek; filter?: WeekListFilter; page?: number }) => {
    const search = new URLSearchParams({
      week: formatIsoWeek(changes.week ?? week),
      filter: changes.filter ?? filter,
    });
    if (query.q) search.set('q', query.q);
    if (changes.page && changes.page > 1) search.set('page', String(changes.page));
    return `${base}?${search.toString()}`;
  };
  const header = <PageHeader title={t('list.title')} intro={t('list.intro')} />;

  if (list.organisationLocations === 0) {
    return (
      <>
        {header}
        <NoLocations slug={slug} isManager={isManager} />
      </>
    );
  }
  if (!isManager && list.tabs.all === 0 && !query.q) {
    return (
      <>
        {header}
        <EmptyState title={t('list.nothingAssignedTitle')} text={t('list.nothingAssignedText')} />
      </>
    );
  }

  return (
    <>
      {header}
      <WeekSwitcher week={week} current={current} hrefFor={(other) => hrefFor({ week: other, page: 1 })} />
      <FilterTabs
        current={filter}
        counts={list.tabs}
        hrefFor={(other) => hrefFor({ filter: other, page: 1 })}
      />
      <CheckInSearch action={base} week={formatIsoWeek(week)} filter={filter} q={query.q} />
      <p role="status" className="mb-3 text-sm text-slate-700">
        <span className="font-semibold">{t('list.count', { count: list.total })}</span>
        {list.total > 0 && (
          <>
            {': '}
            {weekStatuses.map((status) => `${list.counts[status]} ${t(`status.${status}`)}`).join(' · ')}
          </>
        )}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState
          title={t('list.noMatchesTitle')}
          text={t('list.noMatchesText')}
          action={
            <Link
              href={`${base}?week=${formatIsoWeek(week)}&filter=all`}
              className="text-brand-800 font-semibold hover:underline"
            >
              {t('list.showAll')}
            </Link>
          }
        />
      ) : (
        <WeekRows
          rows={list.rows}
          hrefFor={(locationId) => `/o/${slug}/locations/${locationId}/checkins/${formatIsoWeek(week)}`}
        />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => hrefFor({ page })} />
    </>
  );
}
