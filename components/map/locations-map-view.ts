import type * as Leaflet from 'leaflet';
import type { MapLocationTuple } from '@/lib/locations/map-payload';
import { loadMapData, questionsTo, type ClusterQuestions, type Loaded } from './cluster-client';
import { loadLeaflet } from './load-leaflet';
import { locationKey, type BandCounts, type InView } from './location-clusters';
import { popupContent, sameSpotContent, type PopupTexts } from './map-popup';
import { markerLayer, type MarkerLayer } from './map-markers';

// The clustered map of the organisation's locations, without React: useLocationsMap mounts it on
// its container, passes what it reads (the latest texts and callbacks) and hears what it reports
// (ready, failed, the locations in view, tiles unavailable). The data is fetched once the page is
// interactive (not preloaded: on a slow phone connection it would compete with the page's
// scripts) and handed to a worker (cluster-worker.ts) that parses and clusters it; for every view
// the worker answers with the clusters and markers to draw and the locations in view, so the main
// thread never touches all of a chain's locations at once.

export type MapTexts = PopupTexts & {
  cluster(counts: { count: number } & BandCounts): string;
};

export type MapControls = {
  /** Zooms until the location has a marker of its own, then opens its popup. */
  showLocation(id: string): void;
  /** Marks the location's marker, or the cluster that holds it; null clears the mark. */
  highlight(id: string | null): void;
  showAll(): void;
};

export type MapSettings = { dataUrl: string; tileUrl: string; tileAttribution: string };

/** What the map reads when it needs it (always the latest) and what it reports. */
export type MapHost = {
  texts(): MapTexts;
  locationHref(id: string): string;
  navigate(href: string): void;
  ready(): void;
  failed(): void;
  showInView(inView: InView): void;
  tilesUnavailable(): void;
};

/** Germany, when nothing is located (the page shows its empty state instead). */
const nothingLocated: [[number, number], [number, number]] = [
  [47.3, 5.9],
  [55.1, 15.0],
];

/** Resolves with the value in a later task, so the work before and after are not one long task. */
const nextTask = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value)));

/** What the parts of a created map share. */
type MapContext = {
  L: typeof Leaflet;
  map: Leaflet.Map;
  ask: ClusterQuestions;
  host: MapHost;
  isCancelled(): boolean;
  fail(error: unknown): void;
};

/**
 * Starts the worker, loads the data and Leaflet and creates the map in the container.
 * `controls()` is null until the map exists; `destroy()` stops everything.
 */
export function mountLocationsMap(container: HTMLDivElement, settings: MapSettings, host: MapHost) {
  let cancelled = false;
  let map: Leaflet.Map | undefined;
  let controls: MapControls | null = null;
  performance.mark('ortsbild:map-start');
  const worker = new Worker(new URL('./cluster-worker.ts', import.meta.url));
  const ask = questionsTo(worker);
  const fail = (error: unknown) => {
    if (cancelled) return;
    console.error(error);
    host.failed();
  };
  worker.addEventListener('error', fail);

  const loaded = loadMapData(settings.dataUrl, ask).catch((error: unknown) => {
    fail(error);
    return null;
  });

  // The map is made once the data is clustered, at its final view: one layout, one set of tiles.
  // Leaflet is evaluated in a task of its own before that (it arrives while the data loads).
  Promise.all([loadLeaflet().then(nextTask), loaded])
    .then(([L, data]) => {
      if (cancelled || !data) return;
      const isCancelled = () => cancelled;
      ({ map, controls } = createMap(L, container, data, settings, { ask, host, isCancelled, fail }));
    })
    .catch(fail);

  return {
    controls: () => controls,
    destroy() {
      cancelled = true;
      controls = null;
      worker.terminate();
      map?.remove();
    },
  };
}

function createMap(
  L: typeof Leaflet,
  element: HTMLDivElement,
  data: Loaded,
  { tileUrl, tileAttribution }: MapSettings,
  parts: Omit<MapContext, 'L' | 'map'>,
) {
  const map = L.map(element, { minZoom: 3, maxZoom: 19 });
  const context: MapContext = { L, map, ...parts };
  const extent = data.extent
    ? L.latLngBounds([data.extent[0], data.extent[1]], [data.extent[2], data.extent[3]])
    : L.latLngBounds(nothingLocated);
  map.fitBounds(extent, { padding: [24, 24], maxZoom: 15, animate: false });
  // Without a reachable tile server the map has no background; everything else still works.
  const tiles = L.tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: 19 });
  tiles.once('tileerror', () => parts.host.tilesUnavailable());
  tiles.addTo(map);
  const popups = locationPopups(context);
  const markers = markerLayer(L, map, {
    openLocation: popups.openLocation,
    openCluster: (cluster) => {
      void parts.ask.expand({ clusterId: cluster.id }).then((expansion) => {
        if (parts.isCancelled()) return;
        if (expansion.zoom !== null) map.setView([cluster.latitude, cluster.longitude], expansion.zoom);
        else popups.openSameSpot([cluster.latitude, cluster.longitude], expansion.locations);
      });
    },
    clusterTitle: (counts) => parts.host.texts().cluster(counts),
  });
  const views = viewShower(context, markers, popups);

  map.on('moveend', () => void views.show().catch(parts.fail));
  views
    .show()
    .then(() => {
      if (parts.isCancelled()) return;
      // The signal the browser benchmark waits for (bench/browser-map.ts): how many locations are clustered.
      performance.mark('ortsbild:map-markers-ready');
      element.dataset.markersReady = String(data.total);
      parts.host.ready();
    })
    .catch(parts.fail);

  return { map, controls: mapControls(context, extent, markers, views) };
}

type Popups = ReturnType<typeof locationPopups>;

/** The map's one popup, for a location or for the locations at one spot, in the latest texts. */
function locationPopups({ L, map, host }: MapContext) {
  const popup = L.popup({ offset: [0, -6], autoPanPadding: [24, 24] });
  const navigation = {
    hrefFor: (id: string) => host.locationHref(id),
    navigate: (href: string) => host.navigate(href),
  };
  return {
    openLocation: (location: MapLocationTuple) =>
      popup
        .setLatLng([location[3], location[4]])
        .setContent(() => popupContent(location, host.texts(), navigation))
        .openOn(map),
    openSameSpot: (latLng: Leaflet.LatLngExpression, locations: MapLocationTuple[]) =>
      popup
        .setLatLng(latLng)
        .setContent(() => sameSpotContent(locations, host.texts(), navigation))
        .openOn(map),
  };
}

/** Asks the worker what the current view shows and draws it; the latest view asked wins. */
function viewShower({ map, ask, host, isCancelled }: MapContext, markers: MarkerLayer, popups: Popups) {
  let shownView = 0;
  let popupFor: string | null = null;
  return {
    /** Opens the location's popup once it has a marker of its own in view. */
    openWhenShown(id: string) {
      popupFor = id;
    },
    async show() {
      const view = ++shownView;
      const bounds = map.getBounds();
      const answer = await ask.view({
        bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        zoom: map.getZoom(),
      });
      // A later move has asked again: its answer draws.
      if (isCancelled() || view !== shownView) return;
      markers.draw(answer.features);
      host.showInView(answer.inView);
      // "Show on map": the popup opens once the location has a marker of its own in view.
      const shown = popupFor && answer.features.find((feature) => feature.key === locationKey(popupFor!));
      if (shown && shown.kind === 'location') {
        popupFor = null;
        popups.openLocation(shown.location);
      }
    },
  };
}

/** The controls the list beside the map uses. */
function mapControls(
  { map, ask, isCancelled, fail }: MapContext,
  extent: Leaflet.LatLngBounds,
  markers: MarkerLayer,
  views: ReturnType<typeof viewShower>,
): MapControls {
  let highlighted: HTMLElement | undefined;
  let highlightAsked = 0;
  return {
    showLocation(id) {
      void ask.locate({ id }).then((found) => {
        if (isCancelled() || !found) return;
        views.openWhenShown(id);
        const zoom = Math.max(map.getZoom(), Math.min(found.zoom, map.getMaxZoom()));
        map.setView([found.location[3], found.location[4]], zoom);
        // Already in view at that zoom: no move follows, so draw now.
        void views.show().catch(fail);
      });
    },
    highlight(id) {
      const asked = ++highlightAsked;
      highlighted?.classList.remove('is-highlighted');
      highlighted = undefined;
      if (!id) return;
      void ask.markerShowing({ id, zoom: map.getZoom() }).then((key) => {
        // The pointer has moved on meanwhile.
        if (isCancelled() || asked !== highlightAsked) return;
        highlighted = key ? markers.element(key) : undefined;
        highlighted?.classList.add('is-highlighted');
      });
    },
    showAll() {
      map.fitBounds(extent, { padding: [24, 24], maxZoom: 15 });
    },
  };
}
