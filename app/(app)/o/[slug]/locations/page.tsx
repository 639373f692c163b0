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
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { loadAppShellData } from '@/lib/organisations/app-shell-data';
import { GroupFilter } from '@/components/locations/group-filter';
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
  // A foreign, malformed or out-of-limit group is a 404, like any other foreign id.
  const { groupOptions: groups } = await loadAppShellData(member);
  const result = await findOrNotFound(listLocations(member, query, groups));
  const limited = isGroupLimited(member);
  const t = await getTranslations('locations');
  const canEdit = hasRole(member, 'MANAGER');
  // Managers limited to location groups edit their locations but create and import none (lib/access/group-filter.ts).
  const canCreate = canEdit && !limited;
  const tGroups = await getTranslations('groupFilter');
  const base = `/o/${slug}/locations`;
  const hrefFor = (changes: Partial<LocationListQuery>) => listHref(base, { ...query, ...changes });

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={canEdit ? <ListActions base={base} canCreate={canCreate} /> : undefined}
      />
      <LocationsTabs slug={slug} current="list" canImport={canCreate} groupId={query.group} />
      <div className="mb-4">
        <GroupFilter
          action={base}
          options={groups}
          selected={query.group}
          limited={limited}
          keep={{
            q: query.q,
            archived: query.archived,
            position: query.position,
            sort: listHrefSort(query),
            direction: query.direction === 'desc' ? 'desc' : undefined,
          }}
        />
        {limited && <p className="mt-2 text-sm text-slate-600">{tGroups('limitedNote')}</p>}
      </div>
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
            canCreate && !query.q && !query.archived ? (
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

/** Editors' actions: special hours for many locations, and a new location for those who may create. */
async function ListActions({ base, canCreate }: { base: string; canCreate: boolean }) {
  const t = await getTranslations('locations');
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`${base}/special-hours`} variant="secondary">
        {(await getTranslations('holidayHours'))('linkFromList')}
      </ButtonLink>
      {canCreate && <ButtonLink href={`${base}/new`}>{t('create')}</ButtonLink>}
    </div>
  );
}

/** The sort to keep in the group filter's form: only when it is not the default. */
function listHrefSort(query: LocationListQuery) {
  return query.sort !== 'name' ? query.sort : undefined;
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
  if (query.group) search.set('group', query.group);
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
