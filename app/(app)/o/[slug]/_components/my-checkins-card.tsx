import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CheckInStatusBadge } from '@/components/checkins/check-in-status-badge';
import { weekLabel } from '@/components/checkins/week-label';
import { formatDuration } from '@/lib/format/duration';
import type { WeekList, WeekListRow } from '@/lib/checkins/week-list';
import { formatIsoWeek } from '@/lib/weeks/iso-week';

type Props = {
  /** This week's check-ins of the member's locations. */
  thisWeek: WeekList;
  /** Last week's, when its check-in is overdue and some are still open; else null. */
  overdueWeek: WeekList | null;
  base: string;
};

/**
 * A staff member's week on her home page: each of her locations with this week's check-in, due
 * or done, one tap from its form; above them last week's that are overdue.
 */
export async function MyCheckInsCard({ thisWeek, overdueWeek, base }: Props) {
  const t = await getTranslations('checkins.home');
  const rowsHref = (list: WeekList) => (row: WeekListRow) =>
    `${base}/locations/${row.locationId}/checkins/${formatIsoWeek(list.week)}`;
  const submitted = thisWeek.counts.SUBMITTED;
  return (
    <section
      aria-labelledby="my-checkins-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id="my-checkins-title" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h2>
      {thisWeek.organisationLocations === 0 || thisWeek.total === 0 ? (
        <p className="mt-2 text-slate-700">
          {thisWeek.organisationLocations === 0 ? t('noLocations') : t('nothingAssigned')}
        </p>
      ) : (
        <>
          {overdueWeek && (
            <div className="mt-3 rounded-lg border border-red-200 bg-red-50 p-3">
              <h3 className="text-sm font-semibold text-red-900">
                {t('overdueTitle', { week: overdueWeek.week.week, count: overdueWeek.total })}
              </h3>
              <Rows list={overdueWeek} hrefFor={rowsHref(overdueWeek)} />
            </div>
          )}
          <h3 className="mt-4 text-sm font-semibold text-slate-700">{await weekLabel(thisWeek.week)}</h3>
          <p className={`text-sm ${submitted === thisWeek.total ? 'text-emerald-800' : 'text-slate-600'}`}>
            {submitted === thisWeek.total
              ? t('allSubmitted')
              : t('progress', { submitted, total: thisWeek.total })}
          </p>
          <Rows list={thisWeek} hrefFor={rowsHref(thisWeek)} />
          {thisWeek.pageCount > 1 && (
            <Link
              href={`${base}/checkins?week=${formatIsoWeek(thisWeek.week)}&filter=mine`}
              className="text-brand-700 mt-2 inline-block text-sm font-semibold hover:underline"
            >
              {t('showAll', { count: thisWeek.total })}
            </Link>
          )}
        </>
      )}
    </section>
  );
}

async function Rows({ list, hrefFor }: { list: WeekList; hrefFor: (row: WeekListRow) => string }) {
  const t = await getTranslations('checkins.list');
  return (
    <ul className="mt-2 space-y-2">
      {list.rows.map((row) => (
        <li key={row.locationId}>
          <Link
            href={hrefFor(row)}
            className="focus-visible:ring-brand-300 flex min-h-11 items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 hover:bg-slate-50 focus-visible:ring-2 focus-visible:outline-none"
          >
            <span className="min-w-0 flex-1">
              <span className="block font-semibold break-words text-slate-900">{row.locationName}</span>
              <span className="block text-sm text-slate-600 tabular-nums">
                {t('minutes', { duration: formatDuration(row.totalMinutes) })}
              </span>
            </span>
            <span className="flex flex-col items-end gap-1">
              <CheckInStatusBadge status={row.status} />
              {row.overdue && <span className="text-xs font-semibold text-red-800">{t('overdue')}</span>}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
