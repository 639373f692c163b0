import { getLocale, getTranslations } from 'next-intl/server';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';

/** Under every chart: the survey's source, year and sample size, and where one's own figures come from. */
export async function SourceLine({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const { set, period } = comparison;
  return (
    <>
      {t('source', {
        source: set.source,
        year: String(set.year),
        sampleSize: set.sampleSize.toLocaleString(locale),
      })}
      {'. '}
      {t('ownSource', { from: period.fromWeek, to: period.toWeek })}
    </>
  );
}
