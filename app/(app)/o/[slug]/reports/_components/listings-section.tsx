import { getTranslations } from 'next-intl/server';
import { FigureTable } from '@/components/benchmarks/figure-table';
import type { MonthlyReport } from '@/lib/reports/monthly-report';
import type { NeedsActionStatus } from '@/lib/reports/report-types';
import { Figure, ReportSection, SectionEmpty } from './report-section';

const statuses: NeedsActionStatus[] = ['NEEDS_UPDATE', 'CLAIM_REQUESTED', 'NOT_STARTED'];

/** What changed in the month and what needs someone now: counts by status and platform, the first items. */
export async function ListingsSection({ report, base }: { report: MonthlyReport; base: string }) {
  const t = await getTranslations('reports.report.listings');
  const { movements, needsAction } = report.listings;
  return (
    <ReportSection id="listings" title={t('title')}>
      <dl className="grid grid-cols-3 gap-3">
        <Figure label={t('gained')} value={movements.gained} tone="text-emerald-800" />
        <Figure
          label={t('lost')}
          value={movements.lost}
          tone={movements.lost > 0 ? 'text-red-800' : undefined}
        />
        <Figure label={t('corrected')} value={movements.corrected} />
      </dl>
      <p className="text-sm text-slate-600">{t('movementsHint')}</p>
      <h3 className="font-semibold text-slate-900">{t('needsActionTitle')}</h3>
      {needsAction.total === 0 ? (
        <SectionEmpty title={t('emptyTitle')} text={t('emptyText')} />
      ) : (
        <>
          <p className="text-sm text-slate-700">{t('needsActionTotal', { count: needsAction.total })}</p>
          <dl className="grid grid-cols-3 gap-3">
            {statuses.map((status) => (
              <Figure key={status} label={t(status)} value={needsAction.byStatus[status]} />
            ))}
          </dl>
          <FigureTable
            label={t('needsActionTitle')}
            columns={[
              { header: t('platform') },
              ...statuses.map((status) => ({ header: t(status), numeric: true })),
              { header: t('total'), numeric: true },
            ]}
            rows={needsAction.byPlatform.map((platform) => ({
              key: platform.platformId,
              cells: [platform.name, ...statuses.map((status) => platform.counts[status]), platform.total],
            }))}
          />
          <h4 className="text-sm font-semibold text-slate-800">
            {t('firstItems', { shown: needsAction.items.length, total: needsAction.total })}
          </h4>
          <FigureTable
            label={t('firstItems', { shown: needsAction.items.length, total: needsAction.total })}
            columns={[{ header: t('location') }, { header: t('platform') }, { header: t('status') }]}
            rows={needsAction.items.map((item) => ({
              key: `${item.location.id}-${item.platform.id}`,
              cells: [
                `${item.location.name} (${item.location.storeCode})`,
                item.platform.name,
                t(item.status),
              ],
            }))}
          />
          <p className="print:hidden">
            <a href={`${base}/listings`} className="text-brand-700 text-sm font-semibold hover:underline">
              {t('more')}
            </a>
          </p>
        </>
      )}
    </ReportSection>
  );
}
