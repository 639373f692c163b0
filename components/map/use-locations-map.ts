'use client';

import type * as Leaflet from 'leaflet';
import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { healthBands, type HealthBand } from '@/lib/locations/health';
import type { MapLocationTuple } from '@/lib/locations/map-payload';
import type { FromWorker, Questions, ToWorker } from './cluster-protocol';
import { healthSymbolSvg } from './health-symbol';
import { loadLeaflet } from './load-leaflet';
import { locationKey, type BandCounts, type InView, type MapFeature } from './location-clusters';
import { popupContent, sameSpotContent, type PopupTexts } from './map-popup';

export type { InView } from './location-clusters';

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

type Options = {
  containerRef: RefObject<HTMLDivElement | null>;
  dataUrl: string;
  locationHref(id: string): string;
  navigate(href: string): void;
  tileUrl: string;
  tileAttribution: string;
  texts: MapTexts;
};

/** Germany, when nothing is located (the page shows its empty state instead). */
const nothingLocated: [[number, number], [number, number]] = [
  [47.3, 5.9],
  [55.1, 15.0],
];

type Loaded = { total: number; extent: [number, number, number, number] | null };

/** Resolves with the value in a later task, so the work before and after are not one long task. */
const nextTask = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value)));

/**
 * The clustered map of the organisation's locations. The page fetches the map data once it is
 * interactive (not preloaded: on a slow phone connection the data would compete with the page's
 * scripts) and hands the bytes to a worker (cluster-worker.ts) that parses and clusters them;
 * for every view the worker answers with the clusters and markers to draw and the locations in
 * view, so the main thread never touches all of a chain's locations at once.
 */
export function useLocationsMap({ containerRef, dataUrl, tileUrl, tileAttribution, ...rest }: Options) {
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [inView, setInView] = useState<InView | null>(null);
  const [tilesUnavailable, setTilesUnavailable] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const mapControls = useRef<MapControls | null>(null);
  // Stable for the caller; does nothing until the map exists.
  const [controls] = useState<MapControls>(() => ({
    showLocation: (id) => mapControls.current?.showLocation(id),
    highlight: (id) => mapControls.current?.highlight(id),
    showAll: () => mapControls.current?.showAll(),
  }));
  // Texts and callbacks change identity with every render; the map reads the latest ones.
  const latest = useRef(rest);
  useEffect(() => {
    latest.current = rest;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let map: Leaflet.Map | undefined;
    performance.mark('ortsbild:map-start');
    const worker = new Worker(new URL('./cluster-worker.ts', import.meta.url));
    const ask = questionsTo(worker);
    const fail = (error: unknown) => {
      if (cancelled) return;
      console.error(error);
      setStatus('error');
    };
    worker.addEventListener('error', fail);

    // The answer is never stored (private, no-store).
    const loaded = fetch(dataUrl)
      .then(async (response) => {
        if (!response.ok) throw new Error(`The map data answered ${response.status}`);
        const body = await response.arrayBuffer();
        performance.mark('ortsbild:map-data');
        return ask.load(body);
      })
      .catch((error: unknown) => {
        fail(error);
        return null;
      });

    // The map is made once the data is clustered, at its final view: one layout, one set of tiles.
    // Leaflet is evaluated in a task of its own before that (it arrives while the data loads).
    Promise.all([loadLeaflet().then(nextTask), loaded])
      .then(([L, data]) => {
        if (cancelled || !data) return;
        map = createMap(L, container, data);
      })
      .catch(fail);

    function createMap(L: typeof Leaflet, element: HTMLDivElement, data: Loaded) {
      const created = L.map(element, { minZoom: 3, maxZoom: 19 });
      const extent = data.extent
        ? L.latLngBounds([data.extent[0], data.extent[1]], [data.extent[2], data.extent[3]])
        : L.latLngBounds(nothingLocated);
      created.fitBounds(extent, { padding: [24, 24], maxZoom: 15, animate: false });
      // Without a reachable tile server the map has no background; everything else still works.
      const tiles = L.tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: 19 });
      tiles.once('tileerror', () => setTilesUnavailable(true));
      tiles.addTo(created);
      const markers = L.layerGroup().addTo(created);
      const drawn = new Map<string, Leaflet.Marker>();
      const icons = locationIcons(L);
      const approximateIcons = locationIcons(L, true);
      const popup = L.popup({ offset: [0, -6], autoPanPadding: [24, 24] });
      let shownView = 0;
      let popupFor: string | null = null;
      let highlighted: HTMLElement | undefined;
      let highlightAsked = 0;

      // The latest texts and callbacks, read when a popup opens.
      const navigation = {
        hrefFor: (id: string) => latest.current.locationHref(id),
        navigate: (href: string) => latest.current.navigate(href),
      };
      const openLocationPopup = (location: MapLocationTuple) =>
        popup
          .setLatLng([location[3], location[4]])
          .setContent(() => popupContent(location, latest.current.texts, navigation))
          .openOn(created);

      const openSameSpotPopup = (latLng: Leaflet.LatLngExpression, locations: MapLocationTuple[]) =>
        popup
          .setLatLng(latLng)
          .setContent(() => sameSpotContent(locations, latest.current.texts, navigation))
          .openOn(created);

      const markerFor = (feature: MapFeature) => {
        if (feature.kind === 'location') {
          const { location } = feature;
          const marker = L.marker([location[3], location[4]], {
            icon: (location[8] === 0 ? icons : approximateIcons)[healthBands[location[5]] ?? 'poor'],
            title: location[1],
            keyboard: true,
          });
          marker.on('click', () => openLocationPopup(location));
          return marker;
        }
        // Focusable, named by its counts (Leaflet puts the title on the marker element).
        const marker = L.marker([feature.latitude, feature.longitude], {
          icon: clusterIcon(L, feature),
          title: latest.current.texts.cluster(feature),
          keyboard: true,
        });
        marker.on('click', () => {
          void ask.expand({ clusterId: feature.id }).then((expansion) => {
            if (cancelled) return;
            if (expansion.zoom !== null)
              created.setView([feature.latitude, feature.longitude], expansion.zoom);
            else openSameSpotPopup([feature.latitude, feature.longitude], expansion.locations);
          });
        });
        return marker;
      };

      // Draws the view's clusters and markers: keeps those still there, adds the new ones.
      const draw = (features: MapFeature[]) => {
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
      };

      const showView = async () => {
        const view = ++shownView;
        const bounds = created.getBounds();
        const answer = await ask.view({
          bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
          zoom: created.getZoom(),
        });
        // A later move has asked again: its answer draws.
        if (cancelled || view !== shownView) return;
        draw(answer.features);
        startTransition(() => setInView(answer.inView));
        // "Show on map": the popup opens once the location has a marker of its own in view.
        const shown = popupFor && answer.features.find((feature) => feature.key === locationKey(popupFor!));
        if (shown && shown.kind === 'location') {
          popupFor = null;
          openLocationPopup(shown.location);
        }
      };

      created.on('moveend', () => void showView().catch(fail));
      showView()
        .then(() => {
          if (cancelled) return;
          // The signal the browser benchmark waits for (bench/browser-map.ts): how many locations are clustered.
          performance.mark('ortsbild:map-markers-ready');
          element.dataset.markersReady = String(data.total);
          setStatus('ready');
        })
        .catch(fail);

      mapControls.current = {
        showLocation(id) {
          void ask.locate({ id }).then((found) => {
            if (cancelled || !found) return;
            popupFor = id;
            const zoom = Math.max(created.getZoom(), Math.min(found.zoom, created.getMaxZoom()));
            created.setView([found.location[3], found.location[4]], zoom);
            // Already in view at that zoom: no move follows, so draw now.
            void showView().catch(fail);
          });
        },
        highlight(id) {
          const asked = ++highlightAsked;
          highlighted?.classList.remove('is-highlighted');
          highlighted = undefined;
          if (!id) return;
          void ask.markerShowing({ id, zoom: created.getZoom() }).then((key) => {
            // The pointer has moved on meanwhile.
            if (cancelled || asked !== highlightAsked) return;
            highlighted = key ? drawn.get(key)?.getElement() : undefined;
            highlighted?.classList.add('is-highlighted');
          });
        },
        showAll() {
          created.fitBounds(extent, { padding: [24, 24], maxZoom: 15 });
        },
      };
      return created;
    }

    return () => {
      cancelled = true;
      mapControls.current = null;
      worker.terminate();
      map?.remove();
    };
  }, [containerRef, dataUrl, tileUrl, tileAttribution, attempt]);

  return {
    status,
    inView,
    tilesUnavailable,
    controls,
    retry() {
      setStatus('loading');
      setAttempt((value) => value + 1);
    },
  };
}

/** Questions to the worker as promises, matched to their answers (or failures) by number. */
function questionsTo(worker: Worker) {
  type Pending = { resolve(value: unknown): void; reject(error: Error): void };
  let asked = 0;
  const waiting = new Map<number, Pending>();
  let loading: Pending | null = null;
  const settle = (question: number | undefined) => {
    const entry = question === undefined ? loading : waiting.get(question);
    if (question !== undefined) waiting.delete(question);
    return entry;
  };
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'loaded') settle(undefined)?.resolve(message);
    else if (message.type === 'failed') settle(message.question)?.reject(new Error(message.message));
    else settle(message.question)?.resolve(message.answer);
  });
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  function question<K extends keyof Questions>(type: K) {
    return (ask: Questions[K]['ask']) =>
      new Promise<Questions[K]['answer']>((resolve, reject) => {
        const number = ++asked;
        waiting.set(number, { resolve: resolve as (answer: unknown) => void, reject });
        send({ type, question: number, ...ask } as ToWorker);
      });
  }
  return {
    load: (body: ArrayBuffer) =>
      new Promise<Loaded>((resolve, reject) => {
        loading = { resolve: resolve as (value: unknown) => void, reject };
        send({ type: 'load', body }, [body]);
      }),
    view: question('view'),
    expand: question('expand'),
    locate: question('locate'),
    markerShowing: question('markerShowing'),
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
