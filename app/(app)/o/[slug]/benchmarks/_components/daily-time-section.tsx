import { getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal, formatShare, formatWhole, localised } from '@/components/benchmarks/format';
import { ShareBarChart } from '@/components/benchmarks/share-bar-chart';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { SourceLine } from './source-line';

/** (a) The average time per working day, placed in the survey's bands, with the bands' honest reading. */
export async function DailyTimeSection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.dailyTime');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const { dailyTime, averages, scope } = comparison;
  const band = dailyTime.band;
  const minutes = formatDecimal(locale, averages.minutesPerWorkingDay);
  const percent = (value: number) => tPage('percent', { value: formatShare(locale, value) });
  const topLimit = Math.max(0, ...dailyTime.bands.map((entry) => entry.maxMinutes ?? 0));
  const limitText =
    topLimit % 60 === 0
      ? t('hours', { hours: topLimit / 60 })
      : tPage('minutes', { value: String(topLimit) });
  const sentence = !band
    ? t('noBand', { minutes })
    : dailyTime.aboveAllBands
      ? t('sentenceAbove', {
          minutes,
          limit: limitText,
          share: formatShare(locale, band.sharePercent),
          band: localised(band.label, locale),
        })
      : t('sentence', {
          minutes,
          band: localised(band.label, locale),
          share: formatShare(locale, band.sharePercent),
        });
  const perLocationBand = dailyTime.bands.find((entry) => entry.key === dailyTime.bandPerLocationKey);
  const notes = dailyTime.bands.filter((entry) => entry.note);
  const youText = band
    ? `${localised(band.label, locale)} (${tPage('minutes', { value: minutes })})`
    : tPage('minutes', { value: minutes });

  return (
    <Card title={t('title')}>
      <p className="text-lg font-semibold text-slate-900" data-testid="daily-time-sentence">
        {sentence}
      </p>
      {band?.note && (
        <p className="border-brand-600 bg-brand-50 mt-3 rounded-r-lg border-l-4 px-3 py-2 text-sm text-slate-800">
          <strong>{t('honestReading')}:</strong> {localised(band.note, locale)}
        </p>
      )}
      {scope.kind === 'organisation' && averages.minutesPerWorkingDayPerLocation !== null && (
        <p className="mt-3 text-sm text-slate-700">
          {t('wholeBusiness', {
            minutes: formatDecimal(locale, averages.minutesPerWorkingDayPerLocation),
            band: perLocationBand ? localised(perLocationBand.label, locale) : '–',
          })}
        </p>
      )}
      <p className="mt-2 text-sm text-slate-700">
        {t('perDay', {
          minutes: formatDecimal(locale, averages.minutesPerDay),
          total: tPage('hoursMinutes', {
            hours: formatWhole(locale, Math.floor(comparison.totals.minutes / 60)),
            minutes: String(comparison.totals.minutes % 60),
          }),
        })}
      </p>
      {dailyTime.bands.length > 0 && (
        <div className="mt-4">
          <ShareBarChart
            id="daily-time"
            caption={t('chartTitle')}
            title={t('chartTitle')}
            description={t('chartDesc', {
              list: dailyTime.bands
                .map((entry) => `${localised(entry.label, locale)} ${percent(entry.sharePercent)}`)
                .join('; '),
              you: youText,
            })}
            rows={dailyTime.bands.map((entry) => ({
              key: entry.key,
              label: localised(entry.label, locale),
              sharePercent: entry.sharePercent,
              shareText: percent(entry.sharePercent),
              highlighted: entry.current,
              marker: entry.current
                ? `${t('yourValue')}: ${tPage('minutes', { value: minutes })}`
                : undefined,
            }))}
            source={<SourceLine comparison={comparison} />}
            tableLabel={tPage('showTable')}
            table={
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="text-slate-600">
                    <th scope="col" className="py-1 pr-3 font-medium">
                      {t('band')}
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
                  {dailyTime.bands.map((entry) => (
                    <tr key={entry.key} className="border-t border-slate-100">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {localised(entry.label, locale)}
                      </th>
                      <td className="py-1 pr-3">{percent(entry.sharePercent)}</td>
                      <td className="py-1">{entry.current ? tPage('minutes', { value: minutes }) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          {notes.length > 0 && (
            <ul className="mt-3 space-y-1 text-sm text-slate-700">
              {notes.map((entry) => (
                <li key={entry.key}>
                  <strong>{localised(entry.label, locale)}:</strong> {localised(entry.note!, locale)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <details className="mt-4 text-sm text-slate-700">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-slate-800">
          {tPage('definitionsTitle')}
        </summary>
        <ul className="list-disc space-y-1 pl-5">
          {(tPage.raw('definitions') as string[]).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </Card>
  );
}
