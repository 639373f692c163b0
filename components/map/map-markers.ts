import type * as Leaflet from 'leaflet';
import { healthBands, type HealthBand } from '@/lib/locations/health';
import type { MapLocationTuple } from '@/lib/locations/map-payload';
import { healthSymbolSvg } from './health-symbol';
import type { BandCounts, MapFeature } from './location-clusters';

// The markers of the locations map (locations-map-view.ts): one per location or cluster of the
// current view, kept while they stay in view, with their icons and click handlers.

export type MarkerActions = {
  /** A location's marker was clicked. */
  openLocation(location: MapLocationTuple): void;
  /** A cluster's marker was clicked. */
  openCluster(cluster: Extract<MapFeature, { kind: 'cluster' }>): void;
  /** The accessible name of a cluster's marker. */
  clusterTitle(counts: { count: number } & BandCounts): string;
};

export type MarkerLayer = ReturnType<typeof markerLayer>;

/** The map's markers: draws a view's features, keeping those still there and adding the new ones. */
export function markerLayer(L: typeof Leaflet, map: Leaflet.Map, actions: MarkerActions) {
  const markers = L.layerGroup().addTo(map);
  const drawn = new Map<string, Leaflet.Marker>();
  const icons = locationIcons(L);
  const approximateIcons = locationIcons(L, true);

  const markerFor = (feature: MapFeature) => {
    if (feature.kind === 'location') {
      const { location } = feature;
      const marker = L.marker([location[3], location[4]], {
        icon: (location[8] === 0 ? icons : approximateIcons)[healthBands[location[5]] ?? 'poor'],
        title: location[1],
        keyboard: true,
      });
      marker.on('click', () => actions.openLocation(location));
      return marker;
    }
    // Focusable, named by its counts (Leaflet puts the title on the marker element).
    const marker = L.marker([feature.latitude, feature.longitude], {
      icon: clusterIcon(L, feature),
      title: actions.clusterTitle(feature),
      keyboard: true,
    });
    marker.on('click', () => actions.openCluster(feature));
    return marker;
  };

  return {
    draw(features: MapFeature[]) {
      const wanted = new Set(features.map((feature) => feature.key));
      for (const [key, marker] of drawn) {
        if (wanted.has(key)) continue;
        markers.removeLayer(marker);
        drawn.delete(key);
      }
      for (const feature of features) {
        if (drawn.has(feature.key)) continue;
        const marker = markerFor(feature);
        drawn.set(feature.key, marker);
        markers.addLayer(marker);
      }
    },
    /** The element of the marker drawn for the key, if any. */
    element(key: string) {
      return drawn.get(key)?.getElement();
    },
  };
}

/** The three marker icons, one per presence band, shared by all markers (exact or approximate ones). */
function locationIcons(L: typeof Leaflet, approximate = false) {
  return Object.fromEntries(
    healthBands.map((band) => [
      band,
      L.divIcon({
        className: 'map-marker',
        html: healthSymbolSvg(band, 22, approximate),
        iconSize: [22, 22],
        iconAnchor: [11, 11],
      }),
    ]),
  ) as Record<HealthBand, Leaflet.DivIcon>;
}

function clusterIcon(L: typeof Leaflet, { count, good, fair }: { count: number } & BandCounts) {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52;
  const goodShare = (good / count) * 100;
  const fairShare = goodShare + (fair / count) * 100;
  return L.divIcon({
    className: 'map-cluster-icon',
    iconSize: L.point(size, size),
    html: `<div class="map-cluster" style="--good:${goodShare}%;--fair:${fairShare}%"><span aria-hidden="true">${count}</span></div>`,
  });
}
