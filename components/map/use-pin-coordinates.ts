'use client';

import { useLocale } from 'next-intl';
import { useState } from 'react';

// The pin picker's two coordinate inputs as text (what the person typed, in their locale's
// decimal separator) and the pin they describe when both are valid.

export type Pin = { latitude: number; longitude: number };

function parseCoordinate(text: string, limit: number) {
  if (text.trim() === '') return null;
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

export function usePinCoordinates(
  defaultLatitude: number | string | null | undefined,
  defaultLongitude: number | string | null | undefined,
  onChange: ((latitude: number | null, longitude: number | null) => void) | undefined,
) {
  const locale = useLocale();
  const format = (value: number) => {
    // Six decimals (about 10 cm), without trailing zeros.
    const text = String(Number(value.toFixed(6)));
    return locale === 'de' ? text.replace('.', ',') : text;
  };
  const initialText = (value: number | string | null | undefined) =>
    typeof value === 'number' ? format(value) : (value ?? '');
  const [latitudeText, setLatitudeText] = useState(() => initialText(defaultLatitude));
  const [longitudeText, setLongitudeText] = useState(() => initialText(defaultLongitude));
  const latitude = parseCoordinate(latitudeText, 90);
  const longitude = parseCoordinate(longitudeText, 180);
  const pin: Pin | null = latitude !== null && longitude !== null ? { latitude, longitude } : null;

  /** Sets both inputs from a pin (a click, a drag, a found address) or clears them. */
  function setPin(next: Pin | null) {
    setLatitudeText(next ? format(next.latitude) : '');
    setLongitudeText(next ? format(next.longitude) : '');
    onChange?.(next?.latitude ?? null, next?.longitude ?? null);
  }

  function typed(setter: (text: string) => void, text: string, other: string, isLatitude: boolean) {
    setter(text);
    const nextLatitude = parseCoordinate(isLatitude ? text : other, 90);
    const nextLongitude = parseCoordinate(isLatitude ? other : text, 180);
    onChange?.(
      nextLatitude !== null && nextLongitude !== null ? nextLatitude : null,
      nextLatitude !== null && nextLongitude !== null ? nextLongitude : null,
    );
  }

  return {
    latitudeText,
    longitudeText,
    pin,
    setPin,
    typeLatitude: (text: string) => typed(setLatitudeText, text, longitudeText, true),
    typeLongitude: (text: string) => typed(setLongitudeText, text, latitudeText, false),
  };
}
