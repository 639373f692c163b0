import { getLocale, getTranslations } from 'next-intl/server';
import { chartColours } from '@/components/benchmarks/chart-figure';
import { FigureTable } from '@/components/benchmarks/figure-table';
import { formatDecimal, formatWhole } from '@/components/benchmarks/format';
import { WeeklyTrendChart } from '@/components/benchmarks/weekly-trend-chart';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { SourceLine } from './source-line';

/** (d) Minutes per week as bars with posts as a line, every week of the period included. */
export async function TrendSection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.trend');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const { trend, period, totals } = comparison;
  const busiest = trend.reduce((best, week) => (week.minutes > best.minutes ? week : best), trend[0]!);
  const minutesText = (value: number) => tPage('minutes', { value: formatWhole(locale, value) });
  return (
    <Card title={t('title')}>
      <WeeklyTrendChart
        id="weekly-trend"
        caption={t('chartTitle')}
        title={t('chartTitle')}
        description={t('chartDesc', {
          weeks: period.weeks,
          from: period.fromWeek,
          to: period.toWeek,
          maxWeek: busiest.week,
          maxMinutes: minutesText(busiest.minutes),
          posts: formatWhole(locale, totals.posts),
        })}
        points={trend}
        minutesAxis={minutesText}
        postsAxis={(value) => formatDecimal(locale, value)}
        legend={
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-700">
            <li className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block size-3"
                style={{ background: chartColours.highlight }}
              />
              {t('legendMinutes')}
            </li>
            <li className="flex items-center gap-2">
              <svg aria-hidden="true" width="22" height="10" viewBox="0 0 22 10">
                <line x1="0" y1="5" x2="22" y2="5" stroke={chartColours.line} strokeWidth="2" />
                <circle cx="11" cy="5" r="3" fill="#ffffff" stroke={chartColours.line} strokeWidth="1.5" />
              </svg>
              {t('legendPosts')}
            </li>
          </ul>
        }
        source={<SourceLine comparison={comparison} />}
        tableLabel={tPage('showTable')}
        table={
          <FigureTable
            label={t('chartTitle')}
            columns={[
              { header: t('week'), nowrap: true },
              { header: t('minutes'), numeric: true },
              { header: t('posts'), numeric: true },
              { header: t('reviews'), numeric: true },
            ]}
            rows={trend.map((week) => ({
              key: week.week,
              cells: [
                week.week,
                formatWhole(locale, week.minutes),
                formatWhole(locale, week.posts),
                formatWhole(locale, week.reviewsAnswered),
              ],
            }))}
          />
        }
      />
    </Card>
  );
}
