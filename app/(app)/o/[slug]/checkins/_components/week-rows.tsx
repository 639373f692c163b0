import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CheckInStatusBadge } from '@/components/checkins/check-in-status-badge';
import { formatDuration } from '@/lib/format/duration';
import type { WeekListRow } from '@/lib/checkins/week-list';

/** The week's locations as a list of cards (they fit a phone), each linking to its check-in. */
export async function WeekRows({
  rows,
  hrefFor,
}: {
  rows: WeekListRow[];
  hrefFor: (locationId: string) => string;
}) {
  const t = await getTranslations('checkins.list');
  return (
    <ul className="space-y-2">
      {rows.map((row) => (
        <li key={row.locationId}>
          <Link
            href={hrefFor(row.locationId)}
            className={`focus-visible:ring-brand-300 flex min-h-11 flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border bg-white p-3 shadow-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:outline-none ${
              row.overdue ? 'border-l-4 border-red-300 border-l-red-600' : 'border-slate-200'
            }`}
          >
            <span className="min-w-0 flex-1">
              <span className="block font-semibold break-words text-slate-900">{row.locationName}</span>
              <span className="block text-sm text-slate-600">
                {row.storeCode} · {row.city}
              </span>
              <span className="block text-sm text-slate-600">
                {row.assigneeName ? t('assignee', { name: row.assigneeName }) : t('notAssigned')}
              </span>
            </span>
            <span className="flex flex-col items-end gap-1 text-right">
              <CheckInStatusBadge status={row.status} />
              {row.overdue && <span className="text-xs font-semibold text-red-800">{t('overdue')}</span>}
              <span className="text-sm text-slate-700 tabular-nums">
                {t('minutes', { duration: formatDuration(row.totalMinutes) })}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
