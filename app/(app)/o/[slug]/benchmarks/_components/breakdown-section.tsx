import { getLocale, getTranslations } from 'next-intl/server';
import { FigureTable } from '@/components/benchmarks/figure-table';
import { formatShare, formatWhole } from '@/components/benchmarks/format';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';

/** Minutes per activity and per platform, as plain tables. */
export async function BreakdownSection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.breakdown');
  const tActivity = await getTranslations('benchmarks.activity');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const table = (
    heading: string,
    rows: { key: string; label: string; minutes: number; sharePercent: number }[],
  ) => (
    <FigureTable
      label={`${t('title')}: ${heading}`}
      columns={[
        { header: heading },
        { header: t('minutes'), numeric: true },
        { header: t('share'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.key,
        cells: [
          row.label,
          formatWhole(locale, row.minutes),
          tPage('percent', { value: formatShare(locale, row.sharePercent) }),
        ],
      }))}
    />
  );
  return (
    <Card title={t('title')}>
      <div className="grid gap-6 md:grid-cols-2">
        {table(
          t('activity'),
          comparison.byActivity.map((row) => ({ ...row, key: row.activity, label: tActivity(row.activity) })),
        )}
        {comparison.byPlatform.length > 0 &&
          table(
            t('platform'),
            comparison.byPlatform.map((row) => ({ ...row, key: row.platformId, label: row.name })),
          )}
      </div>
    </Card>
  );
}
