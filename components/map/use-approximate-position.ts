'use client';

import type * as Leaflet from 'leaflet';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ApproximatePosition } from '@/lib/locations/form-values';

// While an address is typed into the location form, asks the server where the embedded gazetteer
// places it and what looks wrong with it (POST /o/<slug>/locations/place), so the pin picker can
// start there and the form can warn. Asked when an address field changes and when the pin moves.

export type PositionWarning = { code: string; params: Record<string, string | number> };

const addressFields = new Set(['postalCode', 'city', 'countryCode']);

export function useApproximatePosition(options: {
  containerRef: RefObject<HTMLElement | null>;
  organisationSlug: string;
  initial: ApproximatePosition | null;
  pin: { latitude: number; longitude: number } | null;
}) {
  const { containerRef, organisationSlug, pin } = options;
  const [position, setPosition] = useState(options.initial);
  const [warnings, setWarnings] = useState<PositionWarning[]>([]);
  const [addressVersion, setAddressVersion] = useState(0);
  const asked = useRef(0);

  useEffect(() => {
    const form = containerRef.current?.closest('form');
    if (!form) return;
    const changed = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name ?? '';
      if (addressFields.has(name)) setAddressVersion((version) => version + 1);
    };
    form.addEventListener('change', changed);
    return () => form.removeEventListener('change', changed);
  }, [containerRef]);

  const latitude = pin?.latitude ?? null;
  const longitude = pin?.longitude ?? null;
  useEffect(() => {
    const form = containerRef.current?.closest('form');
    const field = (name: string) => {
      const element = form?.elements.namedItem(name);
      return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.value : '';
    };
    const body = {
      postalCode: field('postalCode'),
      city: field('city'),
      countryCode: field('countryCode'),
      latitude,
      longitude,
    };
    if (!body.postalCode.trim() && !body.city.trim()) return;
    const number = ++asked.current;
    // Typing coordinates or dragging the pin asks once it rests.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/o/${organisationSlug}/locations/place`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok || number !== asked.current) return;
        const answer = (await response.json()) as {
          position: ApproximatePosition | null;
          warnings: PositionWarning[];
        };
        setPosition(answer.position);
        setWarnings(answer.warnings);
      } catch {
        // Only a help: without an answer the picker shows what it had.
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [containerRef, organisationSlug, addressVersion, latitude, longitude]);

  return { position, warnings };
}

export type PickerMap = {
  map: Leaflet.Map;
  L: typeof Leaflet;
  marker?: Leaflet.Marker;
  area?: Leaflet.Circle;
};

/** The address's approximate area on the picker's map, as a dashed circle; without a pin the map starts there. */
export function useApproximateArea(
  mapRef: RefObject<PickerMap | null>,
  mapReady: boolean,
  area: ApproximatePosition | null,
) {
  useEffect(() => {
    const current = mapRef.current;
    if (!mapReady || !current) return;
    current.area?.remove();
    current.area = undefined;
    if (!area) return;
    const centre = current.L.latLng(area.latitude, area.longitude);
    current.area = current.L.circle(centre, {
      radius: area.precisionM,
      interactive: false,
      className: 'map-approximate-area',
    }).addTo(current.map);
    if (!current.marker) current.map.fitBounds(current.area.getBounds());
  }, [mapRef, mapReady, area]);
}
