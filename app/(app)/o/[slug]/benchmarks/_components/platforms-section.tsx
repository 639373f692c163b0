import { getLocale, getTranslations } from 'next-intl/server';
import { formatWhole, localised } from '@/components/benchmarks/format';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { SurveyShareFigure } from './survey-share-figure';

/** (c) The platforms with time logged, against the survey's usage shares. */
export async function PlatformsSection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.platforms');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const minutesText = (value: number) => tPage('minutes', { value: formatWhole(locale, value) });
  const rows = [
    ...comparison.platforms.active.flatMap((platform) =>
      platform.survey ? [{ ...platform.survey, minutes: platform.minutes, tracked: true }] : [],
    ),
    ...comparison.platforms.surveyNotActive.map((figure) => ({ ...figure, minutes: null })),
  ].sort((a, b) => b.sharePercent - a.sharePercent);
  const others = comparison.platforms.active.filter((platform) => !platform.survey);
  if (rows.length === 0 && others.length === 0) return null;
  const you = (row: (typeof rows)[number]) =>
    row.minutes !== null
      ? t('youActive', { minutes: minutesText(row.minutes) })
      : row.tracked
        ? t('youNotActive')
        : t('youNotTracked');
  const activeNames = rows.filter((row) => row.minutes !== null).map((row) => localised(row.label, locale));

  return (
    <Card title={t('title')}>
      <p className="mb-4 text-sm text-slate-700">{t('intro')}</p>
      {rows.length > 0 && (
        <SurveyShareFigure
          id="platform-usage"
          comparison={comparison}
          title={t('chartTitle')}
          describe={(list) =>
            t('chartDesc', {
              list,
              active: activeNames.length > 0 ? activeNames.join(', ') : t('noneActive'),
            })
          }
          headers={[t('platform'), t('share'), t('you')]}
          entries={rows.map((row) => ({
            key: row.key,
            label: localised(row.label, locale),
            sharePercent: row.sharePercent,
            highlighted: row.minutes !== null,
            marker:
              row.minutes !== null
                ? t('active', { minutes: minutesText(row.minutes) })
                : row.tracked
                  ? undefined
                  : t('notTracked'),
            you: you(row),
          }))}
        />
      )}
      {others.length > 0 && (
        <p className="mt-3 text-sm text-slate-700">
          {t('otherActive', {
            list: others.map((platform) => `${platform.name} (${minutesText(platform.minutes)})`).join(', '),
          })}
        </p>
      )}
    </Card>
  );
}
