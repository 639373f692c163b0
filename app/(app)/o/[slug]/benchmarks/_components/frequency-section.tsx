import { getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal, formatShare, localised } from '@/components/benchmarks/format';
import { ShareBarChart } from '@/components/benchmarks/share-bar-chart';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { SourceLine } from './source-line';

/** (b) Posts per week against the survey's "several times a week" and "daily". */
export async function FrequencySection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.frequency');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const { postingFrequency, averages, scope } = comparison;
  const current = postingFrequency.class;
  const posts = formatDecimal(locale, averages.postsPerWeek);
  const percent = (value: number) => tPage('percent', { value: formatShare(locale, value) });
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
        <ShareBarChart
          id="posting-frequency"
          caption={t('chartTitle')}
          title={t('chartTitle')}
          description={t('chartDesc', {
            list: postingFrequency.classes
              .map((entry) => `${localised(entry.label, locale)} ${percent(entry.sharePercent)}`)
              .join('; '),
            you: current ? `${localised(current.label, locale)} (${posts})` : posts,
          })}
          rows={postingFrequency.classes.map((entry) => ({
            key: entry.key,
            label: localised(entry.label, locale),
            sharePercent: entry.sharePercent,
            shareText: percent(entry.sharePercent),
            highlighted: entry.current,
            marker: entry.current ? `Ø ${posts}` : undefined,
          }))}
          source={<SourceLine comparison={comparison} />}
          tableLabel={tPage('showTable')}
          table={
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="text-slate-600">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t('class')}
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
                {postingFrequency.classes.map((entry) => (
                  <tr key={entry.key} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {localised(entry.label, locale)}
                    </th>
                    <td className="py-1 pr-3">{percent(entry.sharePercent)}</td>
                    <td className="py-1">{entry.current ? `Ø ${posts}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ul className="mt-3 space-y-1 text-sm text-slate-700">
          {postingFrequency.classes
            .filter((entry) => entry.note)
            .map((entry) => (
              <li key={entry.key}>
                <strong>{localised(entry.label, locale)}:</strong> {localised(entry.note!, locale)}
              </li>
            ))}
        </ul>
      </div>
    </Card>
  );
}
