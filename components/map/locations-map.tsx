'use client';

import 'leaflet/dist/leaflet.css';
import './map.css';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { MapLocationList } from './map-location-list';
import { fill, type MapStrings } from './map-strings';
import { useLocationsMap } from './use-locations-map';

type Props = {
  organisationSlug: string;
  /** MAP_TILE_URL and MAP_TILE_ATTRIBUTION, passed down by the server page. */
  tileUrl: string;
  tileAttribution: string;
  /** The page's words, translated on the server (map-strings.ts). */
  strings: MapStrings;
  /** The legend, rendered on the server. */
  legend: ReactNode;
  /** The location group the page is filtered to, checked by the page (components/locations/group-filter.tsx). */
  groupId?: string | null;
};

/** All located locations of the organisation on a clustered map, with the list of those in view. */
export function LocationsMap({
  organisationSlug,
  tileUrl,
  tileAttribution,
  strings,
  legend,
  groupId,
}: Props) {
  // Only the counted sentences are formatted here, once there is something to count.
  const t = useTranslations('locationMap');
  const router = useRouter();
  const containerRef = useRef<HTMLDivElement>(null);
  const base = `/o/${organisationSlug}/locations`;
  const dataUrl = groupId ? `${base}/map/data?group=${encodeURIComponent(groupId)}` : `${base}/map/data`;
  const locationHref = (id: string) => `${base}/${id}`;
  const navigate = (href: string) => router.push(href);
  const map = useLocationsMap({
    containerRef,
    dataUrl,
    locationHref,
    navigate,
    tileUrl,
    tileAttribution,
    texts: {
      presence: (band, score) => fill(strings.presence[band], { score }),
      completeness: (percent) => fill(strings.completeness, { percent }),
      approximate: (approximation, kilometres) => fill(strings.approximate[approximation], { kilometres }),
      openLocation: strings.openLocation,
      cluster: (counts) => t('cluster', counts),
      sameSpot: (count) => t('sameSpot', { count }),
    },
  });

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-3">
        {/* isolate: Leaflet's panes and the notices stay below the sticky page header. */}
        <div className="relative isolate">
          <div
            ref={containerRef}
            role="region"
            aria-label={strings.mapLabel}
            aria-describedby="map-hint"
            data-status={map.status}
            className="ortsbild-map z-0 h-[60vh] min-h-80 overflow-hidden rounded-xl border border-slate-200 shadow-sm lg:h-[70vh]"
          />
          <MapNotices
            status={map.status}
            tilesUnavailable={map.tilesUnavailable}
            strings={strings}
            retry={map.retry}
          />
        </div>
        <p id="map-hint" className="sr-only">
          {strings.mapHint}
        </p>
        <div className="flex flex-wrap items-start justify-between gap-4">
          {legend}
          <Button variant="secondary" onClick={() => map.controls.showAll()}>
            {strings.showAll}
          </Button>
        </div>
      </div>
      <MapLocationList
        strings={strings}
        inView={map.inView}
        controls={map.controls}
        locationHref={locationHref}
        navigate={navigate}
      />
    </div>
  );
}

/** Over the map: loading, failed (with a retry), or without its background tiles. */
function MapNotices({
  status,
  tilesUnavailable,
  strings,
  retry,
}: {
  status: 'loading' | 'ready' | 'error';
  tilesUnavailable: boolean;
  strings: MapStrings;
  retry(): void;
}) {
  return (
    <>
      {status === 'loading' && (
        <p className="pointer-events-none absolute inset-x-0 top-3 z-[1000] mx-auto w-fit rounded-full bg-white/95 px-3 py-1 text-sm text-slate-700 shadow">
          {strings.loading}
        </p>
      )}
      {status === 'error' && (
        <div
          role="alert"
          className="absolute inset-x-4 top-4 z-[1000] flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {strings.loadFailed}
          <Button variant="secondary" onClick={retry}>
            {strings.retry}
          </Button>
        </div>
      )}
      {tilesUnavailable && (
        <p
          role="status"
          className="absolute bottom-7 left-2 z-[1000] max-w-[calc(100%-1rem)] rounded-md bg-white/95 px-2 py-1 text-xs text-slate-700 shadow"
        >
          {strings.tilesUnavailable}
        </p>
      )}
    </>
  );
}
