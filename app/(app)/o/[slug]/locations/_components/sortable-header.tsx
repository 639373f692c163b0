import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { LocationListQuery } from '@/lib/locations/schemas';

type Props = {
  column: LocationListQuery['sort'];
  label: string;
  query: LocationListQuery;
  hrefFor: (changes: Partial<LocationListQuery>) => string;
  className?: string;
};

/** A column header that sorts by its column; a second click reverses. Announced via aria-sort. */
export async function SortableHeader({ column, label, query, hrefFor, className = '' }: Props) {
  const t = await getTranslations('locations');
  const active = query.sort === column;
  const nextDirection = active && query.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      aria-sort={active ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      className={`px-4 py-3 font-semibold ${className}`}
    >
      <Link
        href={hrefFor({ sort: column, direction: nextDirection, page: 1 })}
        className="inline-flex items-center gap-1 hover:underline"
        aria-label={t('sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="text-slate-500">
          {active ? (query.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}
