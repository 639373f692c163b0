import { getTranslations } from 'next-intl/server';
import {
  Cell,
  CardTable,
  CardTableBody,
  CardTableFoot,
  CardTableHead,
  CardTableRow,
  ColumnHeader,
  RowHeader,
} from '@/components/ui/card-table';
import type { WeeklyGrid } from '@/lib/time-entries/weekly-grid';
import { toUtcDate } from '@/lib/weeks/iso-week';
import { formatDuration } from '@/lib/format/duration';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

/**
 * Members × days of one week with row and column totals. On a phone each member is a card with
 * the week's total and the days with time (days without stay for screen readers); wider screens
 * get the table, which scrolls inside its own frame with the member column kept in view should
 * it not fit.
 */
export async function WeeklyGridTable({ grid, caption }: { grid: WeeklyGrid; caption: string }) {
  const t = await getTranslations('timeEntries');
  const format = await getAppFormatter();
  const days = grid.dates.map((date) =>
    format.dateTime(toUtcDate(date), { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }),
  );
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
  const column = 'tabular-nums sm:px-3 sm:py-2 sm:text-right';
  const cell = `${column} sm:whitespace-nowrap`;
  const dayCell = (minutes: number) => (minutes === 0 ? `${cell} max-sm:sr-only` : cell);
  const sticky = 'sm:sticky sm:left-0 sm:z-10 sm:bg-inherit sm:px-3 sm:py-2 sm:text-left';
  // The week's total comes right after the name, so it is the first figure at every width.
  const totalColumn = 'sm:border-r sm:border-slate-200';
  return (
    // relative: the cells' screen-reader texts are positioned, and would otherwise widen the page.
    <div
      className="relative sm:overflow-x-auto sm:rounded-xl sm:border sm:border-slate-200 sm:bg-white sm:shadow-sm"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <CardTable className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <CardTableHead className="bg-slate-50 text-slate-700">
          <CardTableRow className="bg-slate-50">
            <ColumnHeader className={`${sticky} font-semibold`}>{t('grid.member')}</ColumnHeader>
            <ColumnHeader className={`${cell} ${totalColumn} font-semibold`}>{t('grid.total')}</ColumnHeader>
            {grid.dates.map((date, day) => (
              // A day's name may wrap above its date, so the week fits beside the sidebar.
              <ColumnHeader key={date} className={`${column} font-semibold`}>
                {days[day]}
              </ColumnHeader>
            ))}
          </CardTableRow>
        </CardTableHead>
        <CardTableBody className="sm:divide-y sm:divide-slate-100">
          {grid.rows.map((row) => (
            <CardTableRow key={row.membershipId ?? 'former'} className="bg-white">
              <RowHeader className={`${sticky} font-medium text-slate-900 sm:max-w-40 sm:truncate`}>
                {row.name ?? t('grid.formerMembers')}
              </RowHeader>
              <Cell label={t('grid.total')} className={`${cell} ${totalColumn} font-semibold`}>
                {duration(row.total)}
              </Cell>
              {row.days.map((minutes, day) => (
                <Cell key={grid.dates[day]} label={days[day]} className={dayCell(minutes)}>
                  {duration(minutes)}
                </Cell>
              ))}
            </CardTableRow>
          ))}
        </CardTableBody>
        {grid.rows.length > 1 && (
          <CardTableFoot className="sm:border-t-2 sm:border-slate-200">
            <CardTableRow className="bg-slate-50">
              <RowHeader className={`${sticky} font-semibold`}>{t('grid.total')}</RowHeader>
              <Cell label={t('grid.total')} className={`${cell} ${totalColumn} font-bold`}>
                {duration(grid.total)}
              </Cell>
              {grid.dayTotals.map((minutes, day) => (
                <Cell key={grid.dates[day]} label={days[day]} className={`${dayCell(minutes)} font-semibold`}>
                  {duration(minutes)}
                </Cell>
              ))}
            </CardTableRow>
          </CardTableFoot>
        )}
      </CardTable>
    </div>
  );
}
