import { getLocale, getTranslations } from 'next-intl/server';
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
    <table className="w-full text-left text-sm">
      <thead>
        <tr className="text-slate-600">
          <th scope="col" className="py-1 pr-3 font-medium">
            {heading}
          </th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">
            {t('minutes')}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {t('share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-3 font-normal">
              {row.label}
            </th>
            <td className="py-1 pr-3 text-right tabular-nums">{formatWhole(locale, row.minutes)}</td>
            <td className="py-1 text-right tabular-nums">
              {tPage('percent', { value: formatShare(locale, row.sharePercent) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
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
