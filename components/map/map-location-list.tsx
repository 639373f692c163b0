import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { healthBands } from '@/lib/locations/health';
import type { MapLocationTuple } from '@/lib/locations/map-payload';
import { HealthSymbol } from './health-symbol';
import { isPlainClick } from './map-popup';
import { fill, type MapStrings } from './map-strings';
import type { InView, MapControls } from './use-locations-map';

type Props = {
  strings: MapStrings;
  inView: InView | null;
  controls: MapControls;
  locationHref(id: string): string;
  navigate(href: string): void;
};

type RowTexts = Pick<MapStrings, 'presence' | 'showOnMap' | 'showOnMapLabel'>;

/**
 * The locations in the map's view, as a list: the equivalent of the map for keyboard and
 * screen-reader users. Pointing at or focusing an entry marks its marker; "show on map" zooms to it.
 */
export function MapLocationList({ strings, inView, controls, locationHref, navigate }: Props) {
  // Only the counts are formatted here; everything else comes translated from the server.
  const t = useTranslations('locationMap');
  const hidden = inView ? inView.total - inView.items.length : 0;
  return (
    <section
      aria-labelledby="map-list-heading"
      className="flex min-h-0 flex-col rounded-xl border border-slate-200 bg-white shadow-sm lg:h-[70vh]"
    >
      <div className="border-b border-slate-200 px-4 py-3">
        <h2 id="map-list-heading" className="text-base font-semibold text-slate-900">
          {strings.listHeading}
        </h2>
        <p role="status" aria-live="polite" className="mt-0.5 text-sm text-slate-600">
          {inView ? t('inView', { count: inView.total }) : strings.loading}
        </p>
      </div>
      <div className="max-h-[70vh] min-h-0 flex-1 overflow-y-auto">
        {inView && inView.total === 0 && (
          <p className="px-4 py-3 text-sm text-slate-600">{strings.nothingInView}</p>
        )}
        <ul className="divide-y divide-slate-100">
          {inView?.items.map((location) => (
            <MapLocationRow
              key={location[0]}
              location={location}
              href={locationHref(location[0])}
              controls={controls}
              navigate={navigate}
              texts={strings}
            />
          ))}
        </ul>
        {hidden > 0 && <p className="px-4 py-3 text-sm text-slate-600">{t('more', { count: hidden })}</p>}
      </div>
    </section>
  );
}

const MapLocationRow = memo(
  function MapLocationRow({
    location: [id, name, city, , , bandIndex, presenceScore, , approximation],
    href,
    controls,
    navigate,
    texts,
  }: {
    location: MapLocationTuple;
    href: string;
    controls: MapControls;
    navigate(href: string): void;
    texts: RowTexts;
  }) {
    const band = healthBands[bandIndex] ?? 'poor';
    return (
      <li
        className="flex gap-3 px-4 py-2 hover:bg-slate-50"
        onMouseEnter={() => controls.highlight(id)}
        onMouseLeave={() => controls.highlight(null)}
        onFocus={() => controls.highlight(id)}
        onBlur={() => controls.highlight(null)}
      >
        <span className="pt-0.5">
          <HealthSymbol band={band} approximate={approximation !== 0} />
        </span>
        <div className="min-w-0 flex-1">
          {/* A plain link (Next's Link costs too much per row here); navigates inside the app. At
              least 24 px tall, a target a finger can hit. */}
          <a
            href={href}
            onClick={(event) => {
              if (!isPlainClick(event)) return;
              event.preventDefault();
              navigate(href);
            }}
            className="inline-block py-0.5 text-sm font-medium break-words text-slate-900 underline-offset-2 hover:underline"
          >
            {name}
          </a>
          <div className="flex flex-wrap items-center gap-x-3 text-xs text-slate-600">
            <span>
              {city}
              <span className="sr-only">, {fill(texts.presence[band], { score: presenceScore })}</span>
            </span>
            <button
              type="button"
              onClick={() => controls.showLocation(id)}
              aria-label={fill(texts.showOnMapLabel, { name })}
              className="text-brand-700 -mx-1 min-h-8 rounded px-1 font-semibold hover:underline"
            >
              {texts.showOnMap}
            </button>
          </div>
        </div>
      </li>
    );
  },
  // Rows stay as they are while the map moves, unless their own data or the language changed.
  (before, after) =>
    before.location === after.location &&
    before.href === after.href &&
    before.texts.showOnMap === after.texts.showOnMap,
);
