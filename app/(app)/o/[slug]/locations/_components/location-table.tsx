import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/locations/status-badge';
import { formatPhoneNational } from '@/lib/locations/format';
import type { listLocations } from '@/lib/locations/locations';
import type { LocationListQuery } from '@/lib/locations/schemas';
import { SortableHeader } from './sortable-header';

type Props = {
  /** The list: /o/<slug>/locations. */
  base: string;
  items: Awaited<ReturnType<typeof listLocations>>['items'];
  query: LocationListQuery;
  hrefFor: (changes: Partial<LocationListQuery>) => string;
};

/** One page of locations: name (with the town on a phone), store code, address, phone, assignee and status. */
export async function LocationTable({ base, items, query, hrefFor }: Props) {
  const t = await getTranslations('locations');
  return (
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
          {items.map((location) => (
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
  );
}
