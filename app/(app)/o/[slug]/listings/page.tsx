import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listMatrix } from '@/lib/listings/matrix';
import { listPlatforms } from '@/lib/listings/platforms';
import { matrixQuerySchema, type MatrixQuery } from '@/lib/listings/schemas';
import { hasRole } from '@/lib/access/member-context';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { loadAppShellData } from '@/lib/organisations/app-shell-data';
import { GroupFilter } from '@/components/locations/group-filter';
import { listMembers } from '@/lib/organisations/members';
import { MatrixFilters } from './_components/matrix-filters';
import { Pagination } from '@/components/ui/pagination';
import { MatrixResults } from './_components/matrix-results';
import { NoLocations } from './_components/no-locations';
import { StatusCounts } from './_components/status-counts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('listings.matrix'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Every location × enabled platform of the organisation (a limited manager's: their groups'), in
 * one group when chosen: five queries at any size (six with a group, which is checked first).
 */
export default async function ListingsMatrixPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const query = matrixQuerySchema.parse(await searchParams);
  const { groupOptions: groups } = await loadAppShellData(member);
  const [matrix, platforms, members] = await Promise.all([
    // A foreign, malformed or out-of-limit group is a 404, like any other foreign id.
    findOrNotFound(listMatrix(member, query, groups)),
    listPlatforms(member),
    listMembers(member),
  ]);
  const t = await getTranslations('listings');
  const canEdit = hasRole(member, 'MANAGER');
  const base = `/o/${slug}/listings`;
  const hrefFor = (changes: Partial<MatrixQuery>) => matrixHref(base, { ...query, ...changes });
  const header = (
    <PageHeader
      title={t('matrix.title')}
      intro={t('matrix.intro')}
      actions={
        canEdit ? (
          <ButtonLink href={`/o/${slug}/settings/platforms`} variant="secondary">
            {t('matrix.managePlatforms')}
          </ButtonLink>
        ) : undefined
      }
    />
  );

  const groupFilter = (
    <div className="mb-4">
      <GroupFilter
        action={base}
        options={groups}
        selected={query.group}
        limited={isGroupLimited(member)}
        keep={{
          platform: query.platform,
          status: query.status,
          city: query.city,
          assignee: query.assignee,
          pageSize: query.pageSize !== 50 ? query.pageSize : undefined,
        }}
      />
    </div>
  );

  if (matrix.locations === 0) {
    return (
      <>
        {header}
        <NoLocations slug={slug} canEdit={canEdit} />
      </>
    );
  }

  return (
    <>
      {header}
      {groupFilter}
      <MatrixFilters
        action={base}
        query={query}
        platforms={platforms.filter((platform) => platform.enabled)}
        members={members.map((row) => ({ id: row.id, name: row.user.name }))}
      />
      <StatusCounts
        counts={matrix.counts}
        total={matrix.countsTotal}
        current={query.status}
        hrefForStatus={(status) => hrefFor({ status, page: 1 })}
      />
      <p role="status" className="mb-2 text-sm text-slate-600">
        {t('matrix.count', { total: matrix.total })}
      </p>
      <MatrixResults slug={slug} rows={matrix.rows} total={matrix.total} canEdit={canEdit} base={base} />
      <Pagination page={matrix.page} pageCount={matrix.pageCount} hrefFor={(page) => hrefFor({ page })} />
    </>
  );
}

/** The matrix's address for a query: only the filters set and what differs from the defaults. */
function matrixHref(base: string, query: MatrixQuery) {
  const search = new URLSearchParams();
  for (const key of ['platform', 'status', 'city', 'assignee', 'group'] as const) {
    const value = query[key];
    if (value) search.set(key, value);
  }
  if (query.page > 1) search.set('page', String(query.page));
  if (query.pageSize !== 50) search.set('pageSize', String(query.pageSize));
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
