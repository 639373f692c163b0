'use client';

import type * as Leaflet from 'leaflet';
import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { healthBands, type HealthBand } from '@/lib/locations/health';
import type { MapLocationTuple, MapPayload } from '@/lib/locations/map-payload';
import { healthSymbolSvg } from './health-symbol';
import { loadLeaflet } from './load-leaflet';
import { popupContent, type PopupTexts } from './map-popup';

/** The list beside the map renders at most this many locations; the rest are counted. */
export const listLimit = 200;
const listUpdateDelayMs = 150;

export type MapTexts = PopupTexts & {
  cluster(counts: { count: number; good: number; fair: number; poor: number }): string;
};

export type MapControls = {
  /** Zooms until the location's marker is out of its cluster, then opens its popup. */
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

type LocationMarker = Leaflet.Marker & { location: MapLocationTuple };

export type InView = { items: MapLocationTuple[]; total: number };

/**
 * The clustered map of the organisation's locations. Fetches the compact payload and loads Leaflet
 * at the same time, adds the markers in chunks (markercluster's chunkedLoading) so the page stays
 * responsive with 10,000 of them, and reports which locations are in view.
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
    let listTimer: number | undefined;
    let markerTimer: number | undefined;
    performance.mark('ortsbild:map-start');
    // No cache option: the answer is never stored (private, no-store), and a request with the
    // default mode takes over the page's preload of the same URL.
    const payload = fetch(dataUrl).then(async (response) => {
      if (!response.ok) throw new Error(`The map data answered ${response.status}`);
      return (await response.json()) as MapPayload;
    });

    Promise.all([loadLeaflet(true), payload])
      .then(([L, data]) => {
        if (cancelled) return;
        performance.mark('ortsbild:map-data');
        map = createMap(L, container, data);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        console.error(error);
        setStatus('error');
      });

    function createMap(L: typeof Leaflet, element: HTMLDivElement, data: MapPayload) {
      const created = L.map(element, { minZoom: 3, maxZoom: 19 });
      const bounds = boundsOf(L, data.locations);
      created.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: false });

      // Without a reachable tile server the map has no background; everything else still works.
      const tiles = L.tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: 19 });
      tiles.once('tileerror', () => setTilesUnavailable(true));
      tiles.addTo(created);

      // Up to 200 rows: rendered as a transition, which React splits so input is never held up.
      const updateList = () => {
        const next = locationsIn(created.getBounds(), data.locations);
        startTransition(() => setInView(next));
      };
      created.on('moveend', () => {
        window.clearTimeout(listTimer);
        listTimer = window.setTimeout(updateList, listUpdateDelayMs);
      });
      updateList();

      // The markers follow in a task of their own: the map and its list first, no long task.
      markerTimer = window.setTimeout(addMarkers);

      function addMarkers() {
        const markers = createMarkers(L, data.locations);
        const markersReady = () => {
          if (cancelled) return;
          // The signal the browser benchmark waits for (bench/browser-map.ts): how many markers are clustered.
          performance.mark('ortsbild:map-markers-ready');
          element.dataset.markersReady = String(markers.size);
          setStatus('ready');
        };
        const clusters = L.markerClusterGroup({
          chunkedLoading: true,
          // Short chunks (markercluster looks at the clock every 200 markers): the page answers input
          // within a few milliseconds while 10,000 markers are added, also on a slow phone.
          chunkInterval: 10,
          chunkDelay: 0,
          chunkProgress: (processed, total) => {
            // Also called for the empty batch of onAdd. After the last chunk markercluster still
            // draws the clusters, in the same task: "ready" is the task after that.
            if (processed === total && total === markers.size) window.setTimeout(markersReady);
          },
          showCoverageOnHover: false,
          maxClusterRadius: 60,
          iconCreateFunction: (cluster) => clusterIcon(L, cluster, latest.current.texts),
        });

        const popup = L.popup({ offset: [0, -6], autoPanPadding: [24, 24] });
        const openPopup = (marker: LocationMarker) =>
          popup
            .setLatLng(marker.getLatLng())
            .setContent(() =>
              popupContent(marker.location, latest.current.texts, latest.current.locationHref, (href) =>
                latest.current.navigate(href),
              ),
            )
            .openOn(created);
        // One popup for all markers, filled when opened (not 10,000 bound popups).
        clusters.on('click', (event) =>
          openPopup((event as Leaflet.LeafletEvent & { layer: LocationMarker }).layer),
        );

        // Added to the map first: markercluster only chunks when the group is already on a map.
        created.addLayer(clusters);
        // No 'layeradd' event per marker: nothing listens to it.
        clusters.addLayers([...markers.values()], true);

        let highlighted: HTMLElement | undefined;
        mapControls.current = {
          showLocation(id) {
            const marker = markers.get(id);
            if (marker) clusters.zoomToShowLayer(marker, () => openPopup(marker));
          },
          highlight(id) {
            highlighted?.classList.remove('is-highlighted');
            highlighted = undefined;
            const marker = id ? markers.get(id) : undefined;
            // Null while the marker is outside the map's view.
            const visible = marker ? (clusters.getVisibleParent(marker) as Leaflet.Marker | null) : null;
            highlighted = visible?.getElement();
            highlighted?.classList.add('is-highlighted');
          },
          showAll() {
            created.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
          },
        };
      }
      return created;
    }

    return () => {
      cancelled = true;
      window.clearTimeout(listTimer);
      window.clearTimeout(markerTimer);
      mapControls.current = null;
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

/** One marker per location, sharing three icons; nothing is drawn until markercluster adds them. */
function createMarkers(L: typeof Leaflet, locations: MapLocationTuple[]) {
  const icons = Object.fromEntries(
    healthBands.map((band) => [
      band,
      L.divIcon({
        className: 'map-marker',
        html: healthSymbolSvg(band, 22),
        iconSize: [22, 22],
        iconAnchor: [11, 11],
      }),
    ]),
  ) as Record<HealthBand, Leaflet.DivIcon>;
  const markers = new Map<string, LocationMarker>();
  for (const location of locations) {
    const marker = L.marker([location[3], location[4]], {
      icon: icons[healthBands[location[5]] ?? 'poor'],
      title: location[1],
      keyboard: true,
    }) as LocationMarker;
    marker.location = location;
    markers.set(location[0], marker);
  }
  return markers;
}

function boundsOf(L: typeof Leaflet, locations: MapLocationTuple[]) {
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const location of locations) {
    south = Math.min(south, location[3]);
    north = Math.max(north, location[3]);
    west = Math.min(west, location[4]);
    east = Math.max(east, location[4]);
  }
  // Nothing located (the page shows its empty state instead): Germany.
  if (locations.length === 0) return L.latLngBounds([47.3, 5.9], [55.1, 15.0]);
  return L.latLngBounds([south, west], [north, east]);
}

/** The locations inside the bounds, in payload order (by name); plain comparisons, no allocations. */
export function locationsIn(bounds: Leaflet.LatLngBounds, locations: MapLocationTuple[]): InView {
  const [south, north, west, east] = [
    bounds.getSouth(),
    bounds.getNorth(),
    bounds.getWest(),
    bounds.getEast(),
  ];
  const items: MapLocationTuple[] = [];
  let total = 0;
  for (const location of locations) {
    if (location[3] < south || location[3] > north || location[4] < west || location[4] > east) continue;
    total++;
    if (items.length < listLimit) items.push(location);
  }
  return { items, total };
}

function clusterIcon(L: typeof Leaflet, cluster: Leaflet.MarkerCluster, texts: MapTexts) {
  const counts = [0, 0, 0];
  for (const marker of cluster.getAllChildMarkers() as LocationMarker[]) counts[marker.location[5]]!++;
  const [good = 0, fair = 0, poor = 0] = counts;
  const count = cluster.getChildCount();
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 52;
  const goodShare = (good / count) * 100;
  const fairShare = goodShare + (fair / count) * 100;
  const title = escapeAttribute(texts.cluster({ count, good, fair, poor }));
  return L.divIcon({
    className: 'map-cluster-icon',
    iconSize: L.point(size, size),
    html: `<div class="map-cluster" style="--good:${goodShare}%;--fair:${fairShare}%" title="${title}"><span>${count}</span></div>`,
  });
}

function escapeAttribute(text: string) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
