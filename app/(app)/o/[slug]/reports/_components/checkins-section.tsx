import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { FigureTable } from '@/components/benchmarks/figure-table';
import { BarChart } from '@/components/reports/bar-chart';
import { punctualityColours } from '@/components/reports/colours';
import type { MonthlyReport } from '@/lib/reports/monthly-report';
import { Figure, ReportSection, SectionEmpty } from './report-section';

const weekLabel = (week: string) => week.slice(5);

/** Weeks due in the month: on time, late, missing; per week as stacked bars, and who is behind. */
export async function CheckInsSection({ report }: { report: MonthlyReport }) {
  const t = await getTranslations('reports.report.checkIns');
  const format = await getAppFormatter();
  const { weeks, totals } = report.checkIns;
  if (totals.due === 0) {
    return (
      <ReportSection id="checkins" title={t('title')}>
        <SectionEmpty title={t('emptyTitle')} text={t('emptyText')} />
      </ReportSection>
    );
  }
  return (
    <ReportSection id="checkins" title={t('title')}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure
          label={t('onTimePercent')}
          value={format.number((totals.onTimePercent ?? 0) / 100, { style: 'percent' })}
        />
        <Figure label={t('onTime')} value={totals.onTime} />
        <Figure label={t('late')} value={totals.late} />
        <Figure
          label={t('missing')}
          value={totals.missing}
          tone={totals.missing > 0 ? 'text-red-800' : undefined}
        />
      </dl>
      <p className="text-sm text-slate-700">
        {t('summary', { due: totals.due, onTime: totals.onTime, late: totals.late, missing: totals.missing })}
      </p>
      <BarChart
        id="report-checkins"
        caption={t('chartCaption')}
        title={t('chartTitle')}
        description={t('chartDescription')}
        categories={weeks.map((week) => weekLabel(week.week))}
        series={[
          {
            key: 'onTime',
            label: t('onTime'),
            colour: punctualityColours.onTime,
            values: weeks.map((w) => w.onTime),
          },
          {
            key: 'late',
            label: t('late'),
            colour: punctualityColours.late,
            values: weeks.map((w) => w.late),
          },
          {
            key: 'missing',
            label: t('missing'),
            colour: punctualityColours.missing,
            values: weeks.map((w) => w.missing),
          },
        ]}
        source={t('source')}
        tableLabel={t('chartTitle')}
        table={
          <FigureTable
            label={t('chartTitle')}
            columns={[
              { header: t('week'), nowrap: true },
              { header: t('due'), numeric: true },
              { header: t('onTime'), numeric: true },
              { header: t('late'), numeric: true },
              { header: t('missing'), numeric: true },
            ]}
            rows={weeks.map((week) => ({
              key: week.week,
              cells: [week.week, week.due, week.onTime, week.late, week.missing],
            }))}
          />
        }
      />
      <BehindTable report={report} />
    </ReportSection>
  );
}

/** The locations with the most missing or late weeks. */
async function BehindTable({ report }: { report: MonthlyReport }) {
  const t = await getTranslations('reports.report.checkIns');
  const { behind, locationsBehind } = report.checkIns;
  if (behind.length === 0) return null;
  return (
    <>
      <h3 className="font-semibold text-slate-900">{t('behindTitle')}</h3>
      <p className="text-sm text-slate-600">
        {t('behindMore', { count: locationsBehind, shown: behind.length })}
      </p>
      <FigureTable
        label={t('behindTitle')}
        columns={[
          { header: t('behindTitle') },
          { header: t('due'), numeric: true },
          { header: t('onTime'), numeric: true },
          { header: t('late'), numeric: true },
          { header: t('missing'), numeric: true },
        ]}
        rows={behind.map((row) => ({
          key: row.id,
          cells: [`${row.name} (${row.storeCode})`, row.due, row.onTime, row.late, row.missing],
        }))}
      />
    </>
  );
}
