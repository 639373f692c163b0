'use client';

import 'leaflet/dist/leaflet.css';
import './map.css';
import type * as Leaflet from 'leaflet';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { ApproximatePosition } from '@/lib/locations/form-values';
import { loadLeaflet } from './load-leaflet';
import { PositionWarnings } from './position-warnings';
import { useApproximateArea, useApproximatePosition } from './use-approximate-position';

export type PinPickerAddress = { street: string; postalCode: string; city: string; countryCode: string };

export type LocationPinPickerProps = {
  /** The organisation whose geocode route is asked (POST /o/<slug>/locations/geocode). */
  organisationSlug: string;
  /** Initial coordinates: numbers, or the strings a form sends back after a failed submit. */
  defaultLatitude?: number | string | null;
  defaultLongitude?: number | string | null;
  /** MAP_TILE_URL and MAP_TILE_ATTRIBUTION from the server. */
  tileUrl: string;
  tileAttribution: string;
  /** Shows "Adresse suchen" (pass Boolean(env().GEOCODER_URL)). */
  geocoderEnabled?: boolean;
  /**
   * The address as currently typed. Defaults to the fields named street, postalCode, city and
   * countryCode of the form the picker sits in.
   */
  getAddress?: () => PinPickerAddress;
  /** Called with both coordinates, or with nulls when the pin is removed or the input is invalid. */
  onChange?: (latitude: number | null, longitude: number | null) => void;
  /** Translated validation messages: per field, or one list shown under the latitude field. */
  errors?: string[] | { latitude?: string[]; longitude?: string[] };
  /** Where the address lies approximately (the stored automatic position); the map starts there. */
  approximate?: ApproximatePosition | null;
};

type Pin = { latitude: number; longitude: number };
type Message = { tone: 'info' | 'error'; text: string };

const germany = { center: [51.1657, 10.4515] as [number, number], zoom: 5 };
const pinZoom = 16;

function parseCoordinate(text: string, limit: number) {
  if (text.trim() === '') return null;
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/**
 * Latitude and longitude for the location form: two labelled inputs named `latitude` and
 * `longitude` (submitted with the form, the keyboard-accessible way) and a map on which a click
 * sets the pin and the pin can be dragged. Typing valid coordinates moves the pin.
 */
export function LocationPinPicker(props: LocationPinPickerProps) {
  const { organisationSlug, tileUrl, tileAttribution, geocoderEnabled, errors } = props;
  const latitudeErrors = Array.isArray(errors) ? errors : errors?.latitude;
  const longitudeErrors = Array.isArray(errors) ? undefined : errors?.longitude;
  const t = useTranslations('locationMap.picker');
  const locale = useLocale();
  const format = (value: number) => {
    // Six decimals (about 10 cm), without trailing zeros.
    const text = String(Number(value.toFixed(6)));
    return locale === 'de' ? text.replace('.', ',') : text;
  };
  const initialText = (value: number | string | null | undefined) =>
    typeof value === 'number' ? format(value) : (value ?? '');
  const [latitudeText, setLatitudeText] = useState(() => initialText(props.defaultLatitude));
  const [longitudeText, setLongitudeText] = useState(() => initialText(props.defaultLongitude));
  const [message, setMessage] = useState<Message | null>(null);
  const [searching, setSearching] = useState(false);
  const latitude = parseCoordinate(latitudeText, 90);
  const longitude = parseCoordinate(longitudeText, 180);
  const pin: Pin | null = latitude !== null && longitude !== null ? { latitude, longitude } : null;

  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{
    map: Leaflet.Map;
    L: typeof Leaflet;
    marker?: Leaflet.Marker;
    area?: Leaflet.Circle;
  } | null>(null);
  const approximate = useApproximatePosition({
    containerRef,
    organisationSlug,
    initial: props.approximate ?? null,
    pin,
  });
  const [mapReady, setMapReady] = useState(false);
  // The latest setter for the map's event handlers, which are bound once.
  const setPinRef = useRef<(pin: Pin | null) => void>(() => {});

  function setPin(next: Pin | null) {
    setLatitudeText(next ? format(next.latitude) : '');
    setLongitudeText(next ? format(next.longitude) : '');
    props.onChange?.(next?.latitude ?? null, next?.longitude ?? null);
  }
  useEffect(() => {
    setPinRef.current = setPin;
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
  }, [tileUrl, tileAttribution]);

  // The pin follows the inputs: set, moved, or removed.
  useEffect(() => {
    const current = mapRef.current;
    if (!mapReady || !current) return;
    const { map, L } = current;
    if (latitude === null || longitude === null) {
      current.marker?.remove();
      current.marker = undefined;
      return;
    }
    const position = L.latLng(latitude, longitude);
    if (!current.marker) {
      current.marker = L.marker(position, {
        draggable: true,
        autoPan: true,
        keyboard: false,
        icon: L.divIcon({
          className: 'map-marker',
          html: '<svg viewBox="0 0 24 32" width="30" height="40" aria-hidden="true"><path d="M12 1C5.9 1 1 5.8 1 11.8 1 20 12 31 12 31s11-11 11-19.2C23 5.8 18.1 1 12 1Z" fill="#0f6a78" stroke="#fff" stroke-width="2"/><circle cx="12" cy="12" r="4" fill="#fff"/></svg>',
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
  }, [mapReady, latitude, longitude]);

  const area = approximate.position;
  useApproximateArea(mapRef, mapReady, area);

  function currentAddress(): PinPickerAddress {
    if (props.getAddress) return props.getAddress();
    const form = containerRef.current?.closest('form');
    const field = (name: string) => {
      const element = form?.elements.namedItem(name);
      return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.value : '';
    };
    return {
      street: field('street'),
      postalCode: field('postalCode'),
      city: field('city'),
      countryCode: field('countryCode'),
    };
  }

  async function findAddress() {
    setSearching(true);
    setMessage({ tone: 'info', text: t('finding') });
    try {
      const response = await fetch(`/o/${organisationSlug}/locations/geocode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(currentAddress()),
      });
      const body = (await response.json().catch(() => ({}))) as {
        latitude?: number;
        longitude?: number;
        displayName?: string | null;
        error?: { message?: string };
      };
      if (response.ok && typeof body.latitude === 'number' && typeof body.longitude === 'number') {
        setPin({ latitude: body.latitude, longitude: body.longitude });
        setMessage({
          tone: 'info',
          text: body.displayName ? t('found', { name: body.displayName }) : t('foundWithoutName'),
        });
      } else {
        // The route's JSON error says what went wrong in the person's language.
        setMessage({ tone: 'error', text: body.error?.message ?? t('errors.unknown') });
      }
    } catch {
      setMessage({ tone: 'error', text: t('errors.unknown') });
    } finally {
      setSearching(false);
    }
  }

  function typed(setter: (text: string) => void, text: string, other: string, isLatitude: boolean) {
    setter(text);
    const nextLatitude = parseCoordinate(isLatitude ? text : other, 90);
    const nextLongitude = parseCoordinate(isLatitude ? other : text, 180);
    props.onChange?.(
      nextLatitude !== null && nextLongitude !== null ? nextLatitude : null,
      nextLatitude !== null && nextLongitude !== null ? nextLongitude : null,
    );
  }

  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="latitude"
          label={t('latitude')}
          hint={t('latitudeHint')}
          inputMode="decimal"
          autoComplete="off"
          value={latitudeText}
          onChange={(event) => typed(setLatitudeText, event.target.value, longitudeText, true)}
          errors={latitudeErrors}
        />
        <TextField
          name="longitude"
          label={t('longitude')}
          hint={t('longitudeHint')}
          inputMode="decimal"
          autoComplete="off"
          value={longitudeText}
          onChange={(event) => typed(setLongitudeText, event.target.value, latitudeText, false)}
          errors={longitudeErrors}
        />
      </div>
      <p id="pin-picker-hint" className="text-sm text-slate-600">
        {t('hint')}
        {area && !pin && (
          <>
            {' '}
            {t('approximateHint', {
              precision: t(`precision.${area.precision}`),
              kilometres: Math.round(area.precisionM / 1000),
            })}
          </>
        )}
      </p>
      <div
        ref={containerRef}
        role="region"
        aria-label={t('mapLabel')}
        aria-describedby="pin-picker-hint"
        className="ortsbild-map z-0 h-64 overflow-hidden rounded-xl border border-slate-200 sm:h-80"
      />
      <div className="flex flex-wrap items-center gap-3">
        {geocoderEnabled && (
          <Button variant="secondary" onClick={findAddress} disabled={searching}>
            {searching ? t('finding') : t('findAddress')}
          </Button>
        )}
        {pin && (
          <Button variant="ghost" onClick={() => setPin(null)}>
            {t('clear')}
          </Button>
        )}
      </div>
      <PositionWarnings warnings={approximate.warnings} />
      <div aria-live="polite" role="status">
        {message && (
          <p
            className={`text-sm ${message.tone === 'error' ? 'font-medium text-red-700' : 'text-slate-700'}`}
          >
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
