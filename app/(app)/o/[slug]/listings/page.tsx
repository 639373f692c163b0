import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listMatrix } from '@/lib/listings/matrix';
import { listPlatforms } from '@/lib/listings/platforms';
import { listingStatuses, matrixQuerySchema, type MatrixQuery } from '@/lib/listings/schemas';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { listMembers } from '@/lib/organisations/members';
import { bulkSetStatusAction } from './_actions/bulk-set-status';
import { BulkStatusForm } from './_components/bulk-status-form';
import { MatrixFilters } from './_components/matrix-filters';
import { Pagination } from '@/components/ui/pagination';
import { MatrixTable } from './_components/matrix-table';
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
  const hrefFor = (changes: Partial<MatrixQuery>) => {
    const next = { ...query, ...changes };
    const search = new URLSearchParams();
    for (const key of ['platform', 'status', 'city', 'assignee'] as const) {
      const value = next[key];
      if (value) search.set(key, value);
    }
    if (next.page > 1) search.set('page', String(next.page));
    if (next.pageSize !== 50) search.set('pageSize', String(next.pageSize));
    const text = search.toString();
    return text ? `${base}?${text}` : base;
  };
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
        <EmptyState
          title={t('matrix.noLocationsTitle')}
          text={t('matrix.noLocationsText')}
          action={
            canEdit ? (
              <div className="flex flex-wrap justify-center gap-2">
                <ButtonLink href={`/o/${slug}/locations/new`}>{t('matrix.addLocation')}</ButtonLink>
                <ButtonLink href={`/o/${slug}/locations/import`} variant="secondary">
                  {t('matrix.importLocations')}
                </ButtonLink>
              </div>
            ) : undefined
          }
        />
      </>
    );
  }

  const table = <MatrixTable rows={matrix.rows} slug={slug} selectable={canEdit} />;
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
      {matrix.total === 0 ? (
        <EmptyState
          title={t('matrix.noMatchesTitle')}
          text={t('matrix.noMatchesText')}
          action={
            <Link href={base} className="text-brand-800 font-semibold hover:underline">
              {t('matrix.resetFilters')}
            </Link>
          }
        />
      ) : canEdit ? (
        <BulkStatusForm
          action={bulkSetStatusAction.bind(null, slug)}
          statusOptions={listingStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        >
          {table}
        </BulkStatusForm>
      ) : (
        table
      )}
      <Pagination page={matrix.page} pageCount={matrix.pageCount} hrefFor={(page) => hrefFor({ page })} />
    </>
  );
}
