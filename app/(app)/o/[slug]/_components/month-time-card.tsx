import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { formatDecimal, formatShare, localised } from '@/components/benchmarks/format';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { formatDuration } from '@/lib/format/duration';
import { formatIsoWeek } from '@/lib/weeks/iso-week';

type Props = { comparison: BenchmarkComparison; base: string };

/**
 * This month's community-management time against the survey's daily-time bands, over the month's
 * finished weeks (a running week would pull the average down). How to read the survey's own
 * wording is explained on the benchmarks page, not here.
 */
export async function MonthTimeCard({ comparison, base }: Props) {
  const [t, locale] = await Promise.all([getTranslations('dashboard.month'), getLocale()]);
  const { totals, averages, dailyTime, set, period } = comparison;
  const band = dailyTime.band;
  const href = `${base}/benchmarks?from=${period.fromWeek}&to=${period.toWeek}`;
  const running = comparison.trend.find((week) => week.unfinished);
  const runningMinutes = running && running.minutes > 0 ? running.minutes : null;
  return (
    <Card title={t('title')}>
      {!comparison.hasData ? (
        <p className="text-slate-700">{period.countedWeeks === 0 ? t('noFinishedWeek') : t('empty')}</p>
      ) : (
        <>
          <p className="text-3xl font-bold text-slate-900">{formatDuration(totals.minutes)}</p>
          <p className="text-slate-700">
            {t('perWorkingDay', { minutes: formatDecimal(locale, averages.minutesPerWorkingDay) })}
          </p>
          {band && (
            <p className="mt-3 text-slate-800">
              {dailyTime.aboveAllBands
                ? t('aboveBands', { share: formatShare(locale, band.sharePercent) })
                : t('band', {
                    band: localised(band.label, locale),
                    share: formatShare(locale, band.sharePercent),
                  })}
            </p>
          )}
        </>
      )}
      {running && runningMinutes !== null && (
        <p className="mt-2 text-sm text-slate-700">
          {t('runningSoFar', { week: running.week, time: formatDuration(runningMinutes) })}
        </p>
      )}
      <p className="mt-3 text-xs text-slate-600">
        {period.countedTo
          ? t('periodFinished', { from: period.fromWeek, to: formatIsoWeek(period.countedTo) })
          : t('period', { from: period.fromWeek, to: period.toWeek })}{' '}
        · {t('source', { source: set.source, year: set.year, sample: set.sampleSize })}
      </p>
      <a href={href} className="text-brand-700 mt-2 inline-block font-semibold hover:underline">
        {t('open')}
      </a>
    </Card>
  );
}
