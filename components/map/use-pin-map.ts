'use client';

import type * as Leaflet from 'leaflet';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ApproximatePosition } from '@/lib/locations/form-values';
import { loadLeaflet } from './load-leaflet';
import { useApproximateArea, type PickerMap } from './use-approximate-position';
import type { Pin } from './use-pin-coordinates';

// The pin picker's map: a click sets the pin, the pin can be dragged, and the pin follows the
// coordinate inputs (set, moved or removed). The address's approximate area is drawn on it.

const germany = { center: [51.1657, 10.4515] as [number, number], zoom: 5 };
const pinZoom = 16;
const pinIconHtml =
  '<svg viewBox="0 0 24 32" width="30" height="40" aria-hidden="true"><path d="M12 1C5.9 1 1 5.8 1 11.8 1 20 12 31 12 31s11-11 11-19.2C23 5.8 18.1 1 12 1Z" fill="#0f6a78" stroke="#fff" stroke-width="2"/><circle cx="12" cy="12" r="4" fill="#fff"/></svg>';

export function usePinMap(options: {
  containerRef: RefObject<HTMLDivElement | null>;
  tileUrl: string;
  tileAttribution: string;
  pin: Pin | null;
  /** A click on the map or a dropped pin. */
  onPin(pin: Pin | null): void;
  area: ApproximatePosition | null;
}) {
  const { containerRef, tileUrl, tileAttribution, onPin } = options;
  const mapRef = useRef<PickerMap | null>(null);
  const [mapReady, setMapReady] = useState(false);
  // The latest setter for the map's event handlers, which are bound once.
  const setPinRef = useRef<(pin: Pin | null) => void>(() => {});
  useEffect(() => {
    setPinRef.current = onPin;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    loadLeaflet().then((L) => {
      if (cancelled) return;
      const map = L.map(container, { minZoom: 3, maxZoom: 19 });
      map.setView(germany.center, germany.zoom);
      L.tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: 19 }).addTo(map);
      map.on('click', (event: Leaflet.LeafletMouseEvent) =>
        setPinRef.current({ latitude: event.latlng.lat, longitude: event.latlng.lng }),
      );
      mapRef.current = { map, L };
      setMapReady(true);
    }, console.error);
    return () => {
      cancelled = true;
      mapRef.current?.map.remove();
      mapRef.current = null;
      setMapReady(false);
    };
  }, [containerRef, tileUrl, tileAttribution]);

  const latitude = options.pin?.latitude ?? null;
  const longitude = options.pin?.longitude ?? null;
  useEffect(() => {
    const current = mapRef.current;
    if (!mapReady || !current) return;
    if (latitude === null || longitude === null) {
      current.marker?.remove();
      current.marker = undefined;
      return;
    }
    placePin(current, current.L.latLng(latitude, longitude), setPinRef);
  }, [mapReady, latitude, longitude]);

  useApproximateArea(mapRef, mapReady, options.area);
}

/** Sets or moves the pin and brings it into view. */
function placePin(
  current: PickerMap,
  position: Leaflet.LatLng,
  setPinRef: RefObject<(pin: Pin | null) => void>,
) {
  const { map, L } = current;
  if (!current.marker) {
    current.marker = L.marker(position, {
      draggable: true,
      autoPan: true,
      keyboard: false,
      icon: L.divIcon({
        className: 'map-marker',
        html: pinIconHtml,
        iconSize: [30, 40],
        iconAnchor: [15, 39],
      }),
    }).addTo(map);
    current.marker.on('dragend', () => {
      const dropped = current.marker!.getLatLng();
      setPinRef.current({ latitude: dropped.lat, longitude: dropped.lng });
    });
  } else if (!current.marker.getLatLng().equals(position, 1e-7)) {
    current.marker.setLatLng(position);
  }
  if (map.getZoom() < 10) map.setView(position, pinZoom);
  else if (!map.getBounds().contains(position)) map.panTo(position);
}
