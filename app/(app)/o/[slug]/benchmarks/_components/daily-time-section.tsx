import { getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal, formatShare, formatWhole, localised } from '@/components/benchmarks/format';
import { Card } from '@/components/ui/card';
import type { BenchmarkComparison } from '@/lib/benchmarks/comparison';
import { SurveyShareFigure, surveyGroupEntry } from './survey-share-figure';

/** (a) The average time per working day, placed in the survey's bands, with the bands' honest reading. */
export async function DailyTimeSection({ comparison }: { comparison: BenchmarkComparison }) {
  const t = await getTranslations('benchmarks.dailyTime');
  const tPage = await getTranslations('benchmarks.page');
  const locale = await getLocale();
  const { dailyTime, averages, scope } = comparison;
  const band = dailyTime.band;
  const minutes = formatDecimal(locale, averages.minutesPerWorkingDay);
  const sentence = placementSentence(comparison, minutes, locale, t, tPage);
  const perLocationBand = dailyTime.bands.find((entry) => entry.key === dailyTime.bandPerLocationKey);
  const yourMinutes = tPage('minutes', { value: minutes });
  const youText = band ? `${localised(band.label, locale)} (${yourMinutes})` : yourMinutes;

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
            withData: scope.locationsWithData,
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
          <SurveyShareFigure
            id="daily-time"
            comparison={comparison}
            title={t('chartTitle')}
            describe={(list) => t('chartDesc', { list, you: youText })}
            headers={[t('band'), t('share'), t('you')]}
            entries={dailyTime.bands.map((entry) =>
              surveyGroupEntry(entry, locale, {
                marker: `${t('yourValue')}: ${yourMinutes}`,
                you: yourMinutes,
              }),
            )}
          />
        </div>
      )}
      <Definitions />
    </Card>
  );
}

type Translator<Namespace extends string> = Awaited<ReturnType<typeof getTranslations<Namespace>>>;

/** Where the minutes per working day fall: a band, above all bands (the one the survey does not break down), or none. */
function placementSentence(
  { dailyTime }: BenchmarkComparison,
  minutes: string,
  locale: string,
  t: Translator<'benchmarks.dailyTime'>,
  tPage: Translator<'benchmarks.page'>,
) {
  const band = dailyTime.band;
  const topLimit = Math.max(0, ...dailyTime.bands.map((entry) => entry.maxMinutes ?? 0));
  const limitText =
    topLimit % 60 === 0
      ? t('hours', { hours: topLimit / 60 })
      : tPage('minutes', { value: String(topLimit) });
  return !band
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
}

/** How the figures are defined, folded away. */
async function Definitions() {
  const tPage = await getTranslations('benchmarks.page');
  return (
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
  );
}
