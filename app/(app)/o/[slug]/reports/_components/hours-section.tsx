import { getLocale, getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { FigureTable } from '@/components/benchmarks/figure-table';
import { BarChart } from '@/components/reports/bar-chart';
import { reportColours } from '@/components/reports/colours';
import type { MonthlyReport } from '@/lib/reports/monthly-report';
import { Figure, ReportSection, SectionEmpty } from './report-section';

/** Minutes per working day and location per week against the survey's daily-time bands. */
export async function HoursSection({ report }: { report: MonthlyReport }) {
  const t = await getTranslations('reports.report.hours');
  const format = await getAppFormatter();
  const language = (await getLocale()) === 'en' ? 'en' : 'de';
  const { weeks, totalMinutes, minutesPerWorkingDayPerLocation: perDay, survey, bandKey } = report.hours;
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const source = t('source', {
    name: survey.name,
    source: survey.source,
    year: survey.year,
    sampleSize: format.number(survey.sampleSize),
  });
  if (perDay === null) {
    return (
      <ReportSection id="hours" title={t('title')}>
        <SectionEmpty title={t('emptyTitle')} text={t('emptyText')} />
      </ReportSection>
    );
  }
  const band = survey.bands.find((candidate) => candidate.key === bandKey);
  const limits = [...new Set(survey.bands.flatMap((b) => [b.minMinutes, b.maxMinutes]))].filter(
    (value): value is number => value !== null && value > 0,
  );
  return (
    <ReportSection id="hours" title={t('title')}>
      <dl className="grid gap-3 sm:grid-cols-2">
        <Figure label={t('total')} value={`${number(totalMinutes / 60)} h`} />
        <Figure label={t('perDay')} value={`${number(perDay)} min`} />
      </dl>
      <p className="text-sm text-slate-700">
        {band ? t('band', { band: band.label[language], share: number(band.sharePercent) }) : t('noBand')}
      </p>
      <BarChart
        id="report-hours"
        caption={t('chartCaption')}
        title={t('chartTitle')}
        description={t('chartDescription')}
        categories={weeks.map((week) => week.week.slice(5))}
        series={[
          {
            key: 'perDay',
            label: t('perDayColumn'),
            colour: reportColours.bar,
            values: weeks.map((week) => week.minutesPerWorkingDayPerLocation ?? 0),
          },
        ]}
        lines={limits.map((value) => ({ value, label: `${value} min` }))}
        source={source}
        tableLabel={t('chartTitle')}
        table={
          <FigureTable
            label={t('chartTitle')}
            columns={[
              { header: t('week'), nowrap: true },
              { header: t('minutes'), numeric: true },
              { header: t('locationsWithData'), numeric: true },
              { header: t('perDayColumn'), numeric: true },
            ]}
            rows={weeks.map((week) => ({
              key: week.week,
              cells: [
                week.week,
                number(week.minutes),
                week.locationsWithData,
                week.minutesPerWorkingDayPerLocation === null
                  ? '–'
                  : number(week.minutesPerWorkingDayPerLocation),
              ],
            }))}
          />
        }
      />
    </ReportSection>
  );
}
