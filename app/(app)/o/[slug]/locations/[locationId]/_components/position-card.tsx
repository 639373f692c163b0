import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { LocationDetail } from '@/lib/locations/locations';

type Props = {
  location: LocationDetail;
  /** The locations list: /o/<slug>/locations. */
  base: string;
  canEdit: boolean;
};

/** The coordinates with a link to the map, and where the position comes from (approximate ones say how far). */
export async function PositionCard({ location, base, canEdit }: Props) {
  const t = await getTranslations('locations');
  return (
    <Card title={t('detail.position')}>
      {location.latitude !== null && location.longitude !== null ? (
        <p className="text-sm">
          <span className="font-mono">
            {location.latitude.toFixed(5)}, {location.longitude.toFixed(5)}
          </span>{' '}
          <Link href={`${base}/map`} className="text-brand-700 ml-2 font-medium hover:underline">
            {t('tabs.map')}
          </Link>
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t('detail.noPosition')}</p>
      )}
      {location.positionSource && (
        <p
          data-testid="position-source"
          className={`mt-2 text-sm ${location.positionSource === 'GAZETTEER' ? 'font-medium text-amber-800' : 'text-slate-600'}`}
        >
          {location.positionSource === 'GAZETTEER'
            ? t('position.approximate', {
                precision: t(`position.precision.${location.positionPrecision ?? 'MUNICIPALITY'}`),
                kilometres: Math.round((location.positionPrecisionM ?? 0) / 1000),
              })
            : t(`position.source.${location.positionSource}`)}
          {location.positionSource === 'GAZETTEER' && canEdit && (
            <>
              {' '}
              <Link href={`${base}/${location.id}/edit`} className="text-brand-700 font-medium underline">
                {t('position.setExactly')}
              </Link>
            </>
          )}
        </p>
      )}
    </Card>
  );
}
