'use client';

import 'leaflet/dist/leaflet.css';
import './map.css';
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { ApproximatePosition } from '@/lib/locations/form-values';
import { PositionWarnings } from './position-warnings';
import { useAddressSearch, type PinPickerAddress, type SearchMessage } from './use-address-search';
import { useApproximatePosition } from './use-approximate-position';
import { usePinCoordinates } from './use-pin-coordinates';
import { usePinMap } from './use-pin-map';

export type { PinPickerAddress } from './use-address-search';

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

/**
 * Latitude and longitude for the location form: two labelled inputs named `latitude` and
 * `longitude` (submitted with the form, the keyboard-accessible way) and a map on which a click
 * sets the pin and the pin can be dragged. Typing valid coordinates moves the pin.
 */
export function LocationPinPicker(props: LocationPinPickerProps) {
  const { organisationSlug, tileUrl, tileAttribution, geocoderEnabled, errors } = props;
  const t = useTranslations('locationMap.picker');
  const coordinates = usePinCoordinates(props.defaultLatitude, props.defaultLongitude, props.onChange);
  const { pin, setPin } = coordinates;
  const containerRef = useRef<HTMLDivElement>(null);
  const approximate = useApproximatePosition({
    containerRef,
    organisationSlug,
    initial: props.approximate ?? null,
    pin,
  });
  const area = approximate.position;
  usePinMap({ containerRef, tileUrl, tileAttribution, pin, onPin: setPin, area });
  const search = useAddressSearch({ organisationSlug, containerRef, getAddress: props.getAddress, setPin });

  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="latitude"
          label={t('latitude')}
          hint={t('latitudeHint')}
          inputMode="decimal"
          autoComplete="off"
          value={coordinates.latitudeText}
          onChange={(event) => coordinates.typeLatitude(event.target.value)}
          errors={Array.isArray(errors) ? errors : errors?.latitude}
        />
        <TextField
          name="longitude"
          label={t('longitude')}
          hint={t('longitudeHint')}
          inputMode="decimal"
          autoComplete="off"
          value={coordinates.longitudeText}
          onChange={(event) => coordinates.typeLongitude(event.target.value)}
          errors={Array.isArray(errors) ? undefined : errors?.longitude}
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
          <Button variant="secondary" onClick={search.findAddress} disabled={search.searching}>
            {search.searching ? t('finding') : t('findAddress')}
          </Button>
        )}
        {pin && (
          <Button variant="ghost" onClick={() => setPin(null)}>
            {t('clear')}
          </Button>
        )}
      </div>
      <PositionWarnings warnings={approximate.warnings} />
      <SearchStatus message={search.message} />
    </div>
  );
}

/** What the address search says (searching, found, or why not), announced politely. */
function SearchStatus({ message }: { message: SearchMessage | null }) {
  return (
    <div aria-live="polite" role="status">
      {message && (
        <p className={`text-sm ${message.tone === 'error' ? 'font-medium text-red-700' : 'text-slate-700'}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
