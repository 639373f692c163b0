import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocationsTabs } from '@/components/locations/locations-tabs';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listLocations } from '@/lib/locations/locations';
import { locationListQuerySchema, type LocationListQuery } from '@/lib/locations/schemas';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { Pagination } from '@/components/ui/pagination';
import { LocationFilters } from './_components/location-filters';
import { LocationTable } from './_components/location-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locations'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function LocationsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const query = locationListQuerySchema.parse(await searchParams);
  const result = await listLocations(member, query);
  const t = await getTranslations('locations');
  const canEdit = hasRole(member, 'MANAGER');
  const base = `/o/${slug}/locations`;
  const hrefFor = (changes: Partial<LocationListQuery>) => listHref(base, { ...query, ...changes });

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={canEdit ? <ButtonLink href={`${base}/new`}>{t('create')}</ButtonLink> : undefined}
      />
      <LocationsTabs slug={slug} current="list" canImport={canEdit} />
      <LocationFilters base={base} query={query} hrefFor={hrefFor} />

      <p role="status" className="mb-2 text-sm text-slate-600">
        {t('count', { total: result.total })}
        {query.position === 'none' && (
          <>
            {' '}
            {t('withoutPositionFilter')}{' '}
            <Link
              href={hrefFor({ position: undefined, page: 1 })}
              className="text-brand-700 font-medium underline"
            >
              {t('showAll')}
            </Link>
          </>
        )}
      </p>

      {result.total === 0 ? (
        <EmptyState
          title={
            query.q ? t('emptySearch', { q: query.q }) : query.archived ? t('emptyArchived') : t('emptyTitle')
          }
          text={query.q || query.archived ? '' : t('emptyText')}
          action={
            canEdit && !query.q && !query.archived ? (
              <div className="flex flex-wrap justify-center gap-2">
                <ButtonLink href={`${base}/new`}>{t('create')}</ButtonLink>
                <ButtonLink href={`${base}/import`} variant="secondary">
                  {t('tabs.import')}
                </ButtonLink>
              </div>
            ) : undefined
          }
        />
      ) : (
        <LocationTable base={base} items={result.items} query={query} hrefFor={hrefFor} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => hrefFor({ page })} />
    </>
  );
}

/** The list's address for a query: only what differs from the defaults is in the URL. */
function listHref(base: string, query: LocationListQuery) {
  const search = new URLSearchParams();
  if (query.q) search.set('q', query.q);
  if (query.sort !== 'name') search.set('sort', query.sort);
  if (query.direction !== 'asc') search.set('direction', query.direction);
  if (query.page > 1) search.set('page', String(query.page));
  if (query.archived) search.set('archived', '1');
  if (query.position) search.set('position', query.position);
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
