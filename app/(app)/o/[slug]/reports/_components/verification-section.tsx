import { getTranslations } from 'next-intl/server';
import { FigureTable } from '@/components/benchmarks/figure-table';
import type { MonthlyReport } from '@/lib/reports/monthly-report';
import { ReportSection, SectionEmpty } from './report-section';

/** What the automatic checks did and found in the month. */
export async function VerificationSection({ report }: { report: MonthlyReport }) {
  const t = await getTranslations('reports.report.verification');
  const { checks, observations, statusChanges } = report.verification;
  if (checks.length + observations.length + statusChanges.length === 0) {
    return (
      <ReportSection id="verification" title={t('title')}>
        <SectionEmpty title={t('emptyTitle')} text={t('emptyText')} />
      </ReportSection>
    );
  }
  const source = (key: string) => t(`sources.${key}` as 'sources.WEBSITE');
  const outcome = (key: string) => t(`outcomes.${key}` as 'outcomes.DONE');
  const table = (label: string, rows: { source: string; outcome: string; count: number }[]) => (
    <FigureTable
      label={label}
      columns={[{ header: t('source') }, { header: t('outcome') }, { header: t('count'), numeric: true }]}
      rows={rows.map((row) => ({
        key: `${row.source}-${row.outcome}`,
        cells: [source(row.source), outcome(row.outcome), row.count],
      }))}
    />
  );
  return (
    <ReportSection id="verification" title={t('title')}>
      <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-2">
        <div>
          <h3 className="mb-2 font-semibold text-slate-900">{t('checks')}</h3>
          {table(t('checks'), checks)}
        </div>
        <div>
          <h3 className="mb-2 font-semibold text-slate-900">{t('observations')}</h3>
          {table(t('observations'), observations)}
        </div>
      </div>
      {statusChanges.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold text-slate-900">{t('statusChanges')}</h3>
          <FigureTable
            label={t('statusChanges')}
            columns={[{ header: t('source') }, { header: t('count'), numeric: true }]}
            rows={statusChanges.map((row) => ({ key: row.source, cells: [source(row.source), row.count] }))}
          />
        </div>
      )}
    </ReportSection>
  );
}
