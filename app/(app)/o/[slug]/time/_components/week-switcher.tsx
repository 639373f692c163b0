import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { addIsoWeeks, compareIsoWeeks, datesOfWeek, toUtcDate, type IsoWeek } from '@/lib/weeks/iso-week';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

const linkClass =
  'inline-flex min-h-11 items-center gap-1 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50';

/** "KW 48 · 23.–29. Nov. 2026" with links to the week before and after and back to this week. */
export async function WeekSwitcher({
  week,
  currentWeek,
  hrefFor,
}: {
  week: IsoWeek;
  currentWeek: IsoWeek;
  hrefFor: (week: IsoWeek) => string;
}) {
  const t = await getTranslations('timeEntries.grid');
  const isCurrent = compareIsoWeeks(week, currentWeek) === 0;
  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
      <p className="font-semibold text-slate-900">{await weekLabel(week)}</p>
      <nav aria-label={t('navigation')} className="flex flex-wrap gap-2">
        <Link href={hrefFor(addIsoWeeks(week, -1))} className={linkClass} rel="prev">
          <span aria-hidden="true">‹</span>
          {t('previous')}
        </Link>
        {!isCurrent && (
          <Link href={hrefFor(currentWeek)} className={linkClass}>
            {t('current')}
          </Link>
        )}
        <Link href={hrefFor(addIsoWeeks(week, 1))} className={linkClass} rel="next">
          {t('next')}
          <span aria-hidden="true">›</span>
        </Link>
      </nav>
    </div>
  );
}

export async function weekLabel(week: IsoWeek) {
  const t = await getTranslations('timeEntries.grid');
  const format = await getAppFormatter();
  const dates = datesOfWeek(week);
  const range = format.dateTimeRange(toUtcDate(dates[0]!), toUtcDate(dates[6]!), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return t('weekLabel', { week: week.week, range });
}
