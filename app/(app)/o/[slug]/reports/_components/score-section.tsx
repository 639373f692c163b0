import { getLocale, getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { FigureTable } from '@/components/benchmarks/figure-table';
import { BarChart } from '@/components/reports/bar-chart';
import { ScoreTrendChart } from '@/components/score-history/score-trend-chart';
import { chartColours } from '@/components/benchmarks/chart-figure';
import { formatReportMonth } from '@/lib/reports/month';
import type { MonthlyReport } from '@/lib/reports/monthly-report';
import { Figure, ReportSection, SectionEmpty } from './report-section';

/** The score at month end with its change and parts, the month's days and the months before. */
export async function ScoreSection({ report }: { report: MonthlyReport }) {
  const t = await getTranslations('reports.report.score');
  const format = await getAppFormatter();
  const { atMonthEnd, change } = report.score;
  const percent = (value: number) => format.number(value, { style: 'percent', maximumFractionDigits: 0 });
  if (!atMonthEnd) {
    return (
      <ReportSection id="score" title={t('title')}>
        <SectionEmpty title={t('emptyTitle')} text={t('emptyText')} />
      </ReportSection>
    );
  }
  return (
    <ReportSection id="score" title={t('title')}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label={t('atMonthEnd')} value={atMonthEnd.score} />
        <Figure label={t('coverage')} value={percent(atMonthEnd.coverage)} />
        <Figure label={t('correctness')} value={percent(atMonthEnd.correctness)} />
        <Figure label={t('freshness')} value={percent(atMonthEnd.freshness)} />
      </dl>
      <p className="text-sm text-slate-700">
        {change === null
          ? t('noPrevious')
          : t('change', { change: Math.abs(change), sign: change > 0 ? '+' : '−' })}{' '}
        {t('locations', { count: atMonthEnd.locations })}
      </p>
      <ScoreCharts report={report} />
    </ReportSection>
  );
}

/** The month's days as a line and the month ends before it as bars, each with its table. */
async function ScoreCharts({ report }: { report: MonthlyReport }) {
  const t = await getTranslations('reports.report.score');
  const format = await getAppFormatter();
  const locale = await getLocale();
  const { daily, monthEnds } = report.score;
  const dateLabel = (date: string) =>
    format.dateTime(new Date(`${date}T12:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const shortMonth = (date: string) =>
    format.dateTime(new Date(`${date}T12:00:00Z`), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const monthLabel = formatReportMonth(report.month, locale);
  const ends = [...monthEnds, daily.at(-1)!];
  return (
    <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-2">
      <ScoreTrendChart
        id="report-daily"
        caption={t('dailyCaption', { month: monthLabel })}
        title={t('dailyTitle')}
        description={t('dailyDescription', {
          from: dateLabel(daily[0]!.date),
          to: dateLabel(daily.at(-1)!.date),
        })}
        points={daily}
        dateLabel={dateLabel}
        source={t('source')}
        tableLabel={t('table')}
        table={
          <FigureTable
            label={t('dailyTitle')}
            columns={[{ header: t('date') }, { header: t('title'), numeric: true }]}
            rows={daily.map((point) => ({ key: point.date, cells: [dateLabel(point.date), point.score] }))}
          />
        }
      />
      <BarChart
        id="report-months"
        caption={t('monthsCaption')}
        title={t('monthsTitle')}
        description={t('monthsDescription', { month: monthLabel })}
        categories={ends.map((point) => shortMonth(point.date))}
        series={[
          {
            key: 'score',
            label: t('title'),
            colour: chartColours.highlight,
            values: ends.map((point) => point.score),
          },
        ]}
        domainMax={100}
        source={t('source')}
        tableLabel={t('table')}
        table={
          <FigureTable
            label={t('monthsTitle')}
            columns={[{ header: t('monthColumn') }, { header: t('title'), numeric: true }]}
            rows={ends.map((point) => ({ key: point.date, cells: [dateLabel(point.date), point.score] }))}
          />
        }
      />
    </div>
  );
}
