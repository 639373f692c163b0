import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listMatrix } from '@/lib/listings/matrix';
import { listPlatforms } from '@/lib/listings/platforms';
import { matrixQuerySchema, type MatrixQuery } from '@/lib/listings/schemas';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
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

/** Every location × enabled platform of the organisation: four queries at any size. */
export default async function ListingsMatrixPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const query = matrixQuerySchema.parse(await searchParams);
  const [matrix, platforms, members] = await Promise.all([
    listMatrix(member, query),
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
  for (const key of ['platform', 'status', 'city', 'assignee'] as const) {
    const value = query[key];
    if (value) search.set(key, value);
  }
  if (query.page > 1) search.set('page', String(query.page));
  if (query.pageSize !== 50) search.set('pageSize', String(query.pageSize));
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
