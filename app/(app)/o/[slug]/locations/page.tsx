import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocationsTabs } from '@/components/locations/locations-tabs';
import { StatusBadge } from '@/components/locations/status-badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { formatPhoneNational } from '@/lib/locations/format';
import { listLocations } from '@/lib/locations/locations';
import { locationListQuerySchema, type LocationListQuery } from '@/lib/locations/schemas';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { Pagination } from '@/components/ui/pagination';
import { SortableHeader } from './_components/sortable-header';
import { Input } from '@/components/ui/input';

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
  const hrefFor = (changes: Partial<LocationListQuery>) => {
    const next = { ...query, ...changes };
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.sort !== 'name') search.set('sort', next.sort);
    if (next.direction !== 'asc') search.set('direction', next.direction);
    if (next.page > 1) search.set('page', String(next.page));
    if (next.archived) search.set('archived', '1');
    if (next.position) search.set('position', next.position);
    const text = search.toString();
    return text ? `${base}?${text}` : base;
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={canEdit ? <ButtonLink href={`${base}/new`}>{t('create')}</ButtonLink> : undefined}
      />
      <LocationsTabs slug={slug} current="list" canImport={canEdit} />

      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form role="search" action={base} className="flex w-full max-w-xl gap-2">
          {query.archived && <input type="hidden" name="archived" value="1" />}
          {query.position && <input type="hidden" name="position" value={query.position} />}
          <label htmlFor="location-search" className="sr-only">
            {t('searchLabel')}
          </label>
          <Input
            id="location-search"
            type="search"
            name="q"
            defaultValue={query.q}
            placeholder={t('searchPlaceholder')}
            className="w-full"
          />
          <button
            type="submit"
            className="min-h-11 rounded-lg bg-slate-800 px-4 text-sm font-semibold text-white hover:bg-slate-900"
          >
            {t('search')}
          </button>
        </form>
        <div className="flex gap-1 text-sm">
          <Link
            href={hrefFor({ archived: false, page: 1 })}
            aria-current={!query.archived ? 'page' : undefined}
            className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-200"
          >
            {t('active')}
          </Link>
          <Link
            href={hrefFor({ archived: true, page: 1 })}
            aria-current={query.archived ? 'page' : undefined}
            className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-200"
          >
            {t('archived')}
          </Link>
        </div>
      </div>

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
        <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <SortableHeader column="name" label={t('name')} query={query} hrefFor={hrefFor} />
                <SortableHeader
                  column="storeCode"
                  label={t('storeCode')}
                  query={query}
                  hrefFor={hrefFor}
                  className="hidden sm:table-cell"
                />
                <SortableHeader
                  column="city"
                  label={t('address')}
                  query={query}
                  hrefFor={hrefFor}
                  className="hidden md:table-cell"
                />
                <th scope="col" className="hidden px-4 py-3 font-semibold lg:table-cell">
                  {t('phone')}
                </th>
                <th scope="col" className="hidden px-4 py-3 font-semibold lg:table-cell">
                  {t('assignee')}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t('status')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.items.map((location) => (
                <tr key={location.id} className="hover:bg-slate-50">
                  {/* Wraps anywhere: a long name without spaces must not widen the table past a phone. */}
                  <td className="px-4 py-3 wrap-anywhere">
                    <Link
                      href={`${base}/${location.id}`}
                      className="text-brand-800 font-semibold hover:underline"
                    >
                      {location.name}
                    </Link>
                    <span className="block text-slate-600 md:hidden">
                      {location.postalCode} {location.city}
                    </span>
                  </td>
                  <td className="hidden px-4 py-3 font-mono text-slate-700 sm:table-cell">
                    {location.storeCode}
                  </td>
                  <td className="hidden px-4 py-3 text-slate-700 md:table-cell">
                    {location.street}, {location.postalCode} {location.city}
                  </td>
                  <td className="hidden px-4 py-3 whitespace-nowrap text-slate-700 lg:table-cell">
                    {formatPhoneNational(location.phone)}
                  </td>
                  <td className="hidden px-4 py-3 text-slate-700 lg:table-cell">
                    {location.assignedMember?.user.name ?? (
                      <span className="text-slate-500">{t('notAssigned')}</span>
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <StatusBadge status={location.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => hrefFor({ page })} />
    </>
  );
}
