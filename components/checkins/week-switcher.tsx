import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { addIsoWeeks, compareIsoWeeks, type IsoWeek } from '@/lib/weeks/iso-week';
import { weekLabel } from './week-label';

const linkClass =
  'flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50';

/**
 * Previous / this week / next, around the week shown. Weeks after the current one cannot be
 * checked in, so "next" stops at the current week.
 */
export async function WeekSwitcher({
  week,
  current,
  hrefFor,
}: {
  week: IsoWeek;
  current: IsoWeek;
  hrefFor: (week: IsoWeek) => string;
}) {
  const t = await getTranslations('checkins.week');
  const next = addIsoWeeks(week, 1);
  const isCurrent = compareIsoWeeks(week, current) === 0;
  return (
    <nav aria-label={t('navLabel')} className="mb-4 flex flex-wrap items-center gap-2">
      <Link href={hrefFor(addIsoWeeks(week, -1))} className={linkClass} rel="prev">
        <span aria-hidden="true">←</span>
        <span className="sr-only">{t('previous')}</span>
      </Link>
      <p className="min-w-0 flex-1 text-center text-base font-semibold text-slate-900">
        {await weekLabel(week)}
      </p>
      {compareIsoWeeks(next, current) <= 0 ? (
        <Link href={hrefFor(next)} className={linkClass} rel="next">
          <span aria-hidden="true">→</span>
          <span className="sr-only">{t('next')}</span>
        </Link>
      ) : (
        <span aria-hidden="true" className={`${linkClass} pointer-events-none opacity-40`}>
          →
        </span>
      )}
      {!isCurrent && (
        <Link href={hrefFor(current)} className={`${linkClass} basis-full sm:basis-auto`}>
          {t('current')}
        </Link>
      )}
    </nav>
  );
}
