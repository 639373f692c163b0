import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListingStatusBadge } from '@/components/listings/listing-status-badge';
import { targetFieldName } from '@/lib/listings/bulk-status-form';
import type { MatrixRow } from '@/lib/listings/matrix';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

/** The page of checklist items; with `selectable`, a checkbox per row for the bulk change. */
export async function MatrixTable({
  rows,
  slug,
  selectable,
}: {
  rows: MatrixRow[];
  slug: string;
  selectable: boolean;
}) {
  const t = await getTranslations('listings');
  const format = await getAppFormatter();
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('matrix.tableCaption')}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {selectable && (
              <th scope="col" className="w-12 px-4 py-3">
                <label className="flex size-6 items-center justify-center">
                  <input type="checkbox" data-select-all className="accent-brand-600 size-5" />
                  <span className="sr-only">{t('matrix.selectAll')}</span>
                </label>
              </th>
            )}
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('matrix.location')}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t('matrix.platform')}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-semibold sm:table-cell">
              {t('matrix.status')}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-semibold md:table-cell">
              {t('matrix.mismatches')}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-semibold sm:table-cell">
              {t('matrix.lastChecked')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, index) => {
            const label = t('matrix.selectRow', { location: row.locationName, platform: row.platformName });
            // A location's rows follow each other: its name is shown once, and read out on every row.
            const firstOfLocation = rows[index - 1]?.locationId !== row.locationId;
            return (
              <tr
                key={`${row.locationId}:${row.platformId}`}
                className={`hover:bg-slate-50 ${firstOfLocation && index > 0 ? 'border-t-2 border-t-slate-200' : ''}`}
              >
                {selectable && (
                  <td className="px-4 py-2">
                    <label className="flex size-6 items-center justify-center">
                      <input
                        type="checkbox"
                        name={targetFieldName(row.locationId, row.platformId)}
                        className="accent-brand-600 size-5"
                      />
                      <span className="sr-only">{label}</span>
                    </label>
                  </td>
                )}
                <td className="px-4 py-2 align-top">
                  {firstOfLocation ? (
                    <>
                      <Link
                        href={`/o/${slug}/locations/${row.locationId}/listings`}
                        className="text-brand-800 font-semibold hover:underline"
                      >
                        {row.locationName}
                      </Link>
                      <span className="block text-slate-600">{row.locationCity}</span>
                    </>
                  ) : (
                    <span className="sr-only">{row.locationName}</span>
                  )}
                </td>
                <td className="px-4 py-2 text-slate-800">
                  {row.platformName}
                  {/* Phones have no room for the status column: the badge goes under the platform. */}
                  <span className="mt-1 block sm:hidden">
                    <ListingStatusBadge status={row.status} />
                  </span>
                </td>
                <td className="hidden px-4 py-2 sm:table-cell">
                  <ListingStatusBadge status={row.status} />
                </td>
                <td className="hidden px-4 py-2 md:table-cell">
                  {row.mismatchedFields.length > 0 ? (
                    <span className="font-medium text-red-800">
                      {row.mismatchedFields
                        .map((field) =>
                          t.has(`checklist.nap.${field}`) ? t(`checklist.nap.${field}`) : field,
                        )
                        .join(', ')}
                    </span>
                  ) : (
                    <span className="text-slate-500">{t('checklist.empty')}</span>
                  )}
                </td>
                <td className="hidden px-4 py-2 whitespace-nowrap text-slate-700 sm:table-cell">
                  {row.lastCheckedAt ? (
                    <>
                      {format.dateTime(row.lastCheckedAt, { dateStyle: 'medium' })}
                      {row.checkOverdue && (
                        <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                          {t('matrix.overdue')}
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="text-slate-500">{t('matrix.neverChecked')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
