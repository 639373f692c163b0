import { getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal, formatShare, localised } from '@/components/benchmarks/format';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { SurveyShareFigure, surveyGroupEntry } from './survey-share-figure';

/** (b) Posts per week against the survey's "several times a week" and "daily". */
export async function FrequencySection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.frequency');
  const locale = await getLocale();
  const { postingFrequency, averages, scope } = comparison;
  const current = postingFrequency.class;
  const posts = formatDecimal(locale, averages.postsPerWeek);
  if (postingFrequency.classes.length === 0)
    return (
      <Card title={t('title')}>
        <p className="text-lg font-semibold text-slate-900">{t('noClass', { posts })}</p>
      </Card>
    );
  return (
    <Card title={t('title')}>
      <p className="text-lg font-semibold text-slate-900" data-testid="frequency-sentence">
        {current
          ? t('sentence', {
              posts,
              class: localised(current.label, locale),
              share: formatShare(locale, current.sharePercent),
            })
          : t('noClass', { posts })}
      </p>
      {scope.kind === 'organisation' && averages.postsPerWeekPerLocation !== null && (
        <p className="mt-2 text-sm text-slate-700">
          {t('perLocation', { posts: formatDecimal(locale, averages.postsPerWeekPerLocation) })}
        </p>
      )}
      <div className="mt-4">
        <SurveyShareFigure
          id="posting-frequency"
          comparison={comparison}
          title={t('chartTitle')}
          describe={(list) =>
            t('chartDesc', { list, you: current ? `${localised(current.label, locale)} (${posts})` : posts })
          }
          headers={[t('class'), t('share'), t('you')]}
          entries={postingFrequency.classes.map((entry) =>
            surveyGroupEntry(entry, locale, { marker: `Ø ${posts}`, you: `Ø ${posts}` }),
          )}
        />
      </div>
    </Card>
  );
}
