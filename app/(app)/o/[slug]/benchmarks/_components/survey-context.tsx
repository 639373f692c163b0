import { getLocale, getTranslations } from 'next-intl/server';
import { formatShare, localised } from '@/components/benchmarks/format';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';

/** The survey's share of active businesses and their goals, as context with the source. */
export async function SurveyContext({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.context');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const { activeShare, goals, set } = comparison;
  if (!activeShare && goals.length === 0) return null;
  const percent = (value: number) => tPage('percent', { value: formatShare(locale, value) });
  return (
    <Card title={t('title')}>
      {activeShare && (
        <p className="text-slate-800">
          {t('activeShare', {
            share: formatShare(locale, activeShare.sharePercent),
            label: localised(activeShare.label, locale),
          })}
        </p>
      )}
      {goals.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold text-slate-900">{t('goals')}</h3>
          <ul className="mt-1 grid gap-1 text-sm text-slate-700 sm:grid-cols-2">
            {goals.map((goal) => (
              <li key={goal.key}>
                {localised(goal.label, locale)}: {percent(goal.sharePercent)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-xs text-slate-600">
        {tPage('source', {
          source: set.source,
          year: String(set.year),
          sampleSize: set.sampleSize.toLocaleString(locale),
        })}
      </p>
    </Card>
  );
}
