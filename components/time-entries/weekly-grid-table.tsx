import { getTranslations } from 'next-intl/server';
import type { WeeklyGrid } from '@/lib/time-entries/weekly-grid';
import { toUtcDate } from '@/lib/weeks/iso-week';
import { formatDuration } from '@/lib/format/duration';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

/**
 * Members × days of one week with row and column totals. On a phone the table scrolls inside
 * its own frame, with the member column kept in view, so the page itself never scrolls sideways.
 */
export async function WeeklyGridTable({ grid, caption }: { grid: WeeklyGrid; caption: string }) {
  const t = await getTranslations('timeEntries');
  const format = await getAppFormatter();
  const duration = (minutes: number) =>
    minutes === 0 ? (
      <>
        <span aria-hidden="true" className="text-slate-400">
          –
        </span>
        <span className="sr-only">{formatDuration(0)}</span>
      </>
    ) : (
      formatDuration(minutes)
    );
  const cell = 'px-3 py-2 text-right whitespace-nowrap tabular-nums';
  const sticky = 'sticky left-0 z-10 bg-inherit px-3 py-2 text-left';
  // The week's total comes right after the name, so a phone shows it without scrolling.
  const totalColumn = 'border-r border-slate-200';
  return (
    // relative: the cells' screen-reader texts are positioned, and would otherwise widen the page.
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr className="bg-slate-50">
            <th scope="col" className={`${sticky} font-semibold`}>
              {t('grid.member')}
            </th>
            <th scope="col" className={`${cell} ${totalColumn} font-semibold`}>
              {t('grid.total')}
            </th>
            {grid.dates.map((date) => (
              <th key={date} scope="col" className={`${cell} font-semibold`}>
                {format.dateTime(toUtcDate(date), {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'numeric',
                  timeZone: 'UTC',
                })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {grid.rows.map((row) => (
            <tr key={row.membershipId ?? 'former'} className="bg-white">
              <th scope="row" className={`${sticky} max-w-40 truncate font-medium text-slate-900`}>
                {row.name ?? t('grid.formerMembers')}
              </th>
              <td className={`${cell} ${totalColumn} font-semibold`}>{duration(row.total)}</td>
              {row.days.map((minutes, day) => (
                <td key={grid.dates[day]} className={cell}>
                  {duration(minutes)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {grid.rows.length > 1 && (
          <tfoot className="border-t-2 border-slate-200">
            <tr className="bg-slate-50">
              <th scope="row" className={`${sticky} font-semibold`}>
                {t('grid.total')}
              </th>
              <td className={`${cell} ${totalColumn} font-bold`}>{duration(grid.total)}</td>
              {grid.dayTotals.map((minutes, day) => (
                <td key={grid.dates[day]} className={`${cell} font-semibold`}>
                  {duration(minutes)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
