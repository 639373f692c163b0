import { getLocale, getTranslations } from 'next-intl/server';
import { formatShare, formatWhole, localised } from '@/components/benchmarks/format';
import { ShareBarChart } from '@/components/benchmarks/share-bar-chart';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { SourceLine } from './source-line';

/** (c) The platforms with time logged, against the survey's usage shares. */
export async function PlatformsSection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.platforms');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const percent = (value: number) => tPage('percent', { value: formatShare(locale, value) });
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
        <ShareBarChart
          id="platform-usage"
          caption={t('chartTitle')}
          title={t('chartTitle')}
          description={t('chartDesc', {
            list: rows
              .map((row) => `${localised(row.label, locale)} ${percent(row.sharePercent)}`)
              .join('; '),
            active: activeNames.length > 0 ? activeNames.join(', ') : t('noneActive'),
          })}
          rows={rows.map((row) => ({
            key: row.key,
            label: localised(row.label, locale),
            sharePercent: row.sharePercent,
            shareText: percent(row.sharePercent),
            highlighted: row.minutes !== null,
            marker:
              row.minutes !== null
                ? t('active', { minutes: minutesText(row.minutes) })
                : row.tracked
                  ? undefined
                  : t('notTracked'),
          }))}
          source={<SourceLine comparison={comparison} />}
          tableLabel={tPage('showTable')}
          table={
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="text-slate-600">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t('platform')}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t('share')}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t('you')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {localised(row.label, locale)}
                    </th>
                    <td className="py-1 pr-3">{percent(row.sharePercent)}</td>
                    <td className="py-1">{you(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
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
