import { getLocale, getTranslations } from 'next-intl/server';
import { chartColours } from '@/components/benchmarks/chart-figure';
import { FigureTable } from '@/components/benchmarks/figure-table';
import { formatDecimal, formatWhole } from '@/components/benchmarks/format';
import { unfinishedFill, WeeklyTrendChart } from '@/components/benchmarks/weekly-trend-chart';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { SourceLine } from './source-line';

/** (d) Minutes per week as bars with posts as a line, every week of the period included. */
export async function TrendSection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.trend');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const { trend, period, totals } = comparison;
  // The busiest of the counted weeks: a running week is not compared with whole ones.
  const counted = trend.filter((week) => week.counted);
  const busiest = (counted.length > 0 ? counted : trend).reduce(
    (best, week) => (week.minutes > best.minutes ? week : best),
    (counted.length > 0 ? counted : trend)[0]!,
  );
  const minutesText = (value: number) => tPage('minutes', { value: formatWhole(locale, value) });
  const unfinished = trend.find((week) => week.unfinished);
  const unfinishedNote = unfinished
    ? t(period.includesCurrentWeek ? 'unfinishedCounted' : 'unfinishedLeftOut', { week: unfinished.week })
    : null;
  return (
    <Card title={t('title')}>
      <WeeklyTrendChart
        id="weekly-trend"
        caption={t('chartTitle')}
        title={t('chartTitle')}
        description={[
          t('chartDesc', {
            weeks: period.weeks,
            from: period.fromWeek,
            to: period.toWeek,
            maxWeek: busiest.week,
            maxMinutes: minutesText(busiest.minutes),
            posts: formatWhole(locale, totals.posts),
          }),
          unfinishedNote,
        ]
          .filter(Boolean)
          .join(' ')}
        points={trend}
        minutesAxis={minutesText}
        postsAxis={(value) => formatDecimal(locale, value)}
        legend={<TrendLegend unfinishedNote={unfinishedNote} />}
        source={<SourceLine comparison={comparison} />}
        tableLabel={tPage('showTable')}
        table={<TrendTable trend={trend} />}
      />
    </Card>
  );
}

/** Bars for minutes, the dotted line for posts and, with an unfinished week, its hatching and what it means. */
async function TrendLegend({ unfinishedNote }: { unfinishedNote: string | null }) {
  const t = await getTranslations('benchmarks.trend');
  return (
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
      {unfinishedNote && (
        <li className="flex items-center gap-2" data-testid="unfinished-week-note">
          <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
            <defs>
              <pattern
                id="legend-unfinished"
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill={unfinishedFill} />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
              </pattern>
            </defs>
            <rect
              x="0.5"
              y="0.5"
              width="11"
              height="11"
              fill="url(#legend-unfinished)"
              stroke={chartColours.highlight}
              strokeDasharray="3 2"
            />
          </svg>
          {unfinishedNote}
        </li>
      )}
    </ul>
  );
}

/** The chart's figures week by week. */
async function TrendTable({ trend }: { trend: BenchmarkComparison['trend'] }) {
  const t = await getTranslations('benchmarks.trend');
  const locale = await getLocale();
  return (
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
          week.unfinished ? t('weekUnfinished', { week: week.week }) : week.week,
          formatWhole(locale, week.minutes),
          formatWhole(locale, week.posts),
          formatWhole(locale, week.reviewsAnswered),
        ],
      }))}
    />
  );
}
