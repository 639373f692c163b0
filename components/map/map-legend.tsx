import { getTranslations } from 'next-intl/server';
import { healthBands } from '@/lib/locations/health';
import { HealthSymbol } from './health-symbol';

/**
 * What the marker colours and shapes mean (the presence score's bands) and what a hollow dashed
 * marker means (an approximate position), in words; server-rendered.
 */
export async function MapLegend({ approximate = 0 }: { approximate?: number }) {
  const t = await getTranslations('locationMap');
  return (
    <section aria-labelledby="map-legend-heading" className="text-sm text-slate-700">
      <h2 id="map-legend-heading" className="font-semibold text-slate-900">
        {t('legendHeading')}
      </h2>
      <p className="mt-1">{t('legendIntro')}</p>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {healthBands.map((band) => (
          <li key={band} className="flex items-center gap-2">
            <HealthSymbol band={band} />
            <span>
              <span className="font-medium text-slate-900">{t(`bands.${band}`)}</span>{' '}
              {t(`bandRanges.${band}`)}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex items-center gap-2">
        <HealthSymbol band="good" approximate />
        <span>
          <span className="font-medium text-slate-900">{t('legendApproximate')}</span>{' '}
          {t('legendApproximateText', { count: approximate })}
        </span>
      </p>
      <p className="mt-2 text-slate-600">{t('legendNote')}</p>
      <p className="mt-1 text-xs text-slate-500">{t('gazetteerAttribution')}</p>
    </section>
  );
}
