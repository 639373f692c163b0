'use client';

import { useTranslations } from 'next-intl';
import { useState, type RefObject } from 'react';
import type { Pin } from './use-pin-coordinates';

// "Adresse suchen" in the pin picker: asks the organisation's geocode route
// (POST /o/<slug>/locations/geocode) where the typed address lies and sets the pin there.

export type PinPickerAddress = { street: string; postalCode: string; city: string; countryCode: string };
export type SearchMessage = { tone: 'info' | 'error'; text: string };

type GeocodeAnswer = {
  latitude?: number;
  longitude?: number;
  displayName?: string | null;
  error?: { message?: string };
};

/** The fields named street, postalCode, city and countryCode of the form the element sits in. */
function addressOfForm(element: HTMLElement | null): PinPickerAddress {
  const form = element?.closest('form');
  const field = (name: string) => {
    const control = form?.elements.namedItem(name);
    return control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? control.value : '';
  };
  return {
    street: field('street'),
    postalCode: field('postalCode'),
    city: field('city'),
    countryCode: field('countryCode'),
  };
}

export function useAddressSearch(options: {
  organisationSlug: string;
  containerRef: RefObject<HTMLElement | null>;
  getAddress?: () => PinPickerAddress;
  setPin(pin: Pin): void;
}) {
  const t = useTranslations('locationMap.picker');
  const [message, setMessage] = useState<SearchMessage | null>(null);
  const [searching, setSearching] = useState(false);

  async function findAddress() {
    const { organisationSlug, containerRef, getAddress, setPin } = options;
    setSearching(true);
    setMessage({ tone: 'info', text: t('finding') });
    try {
      const response = await fetch(`/o/${organisationSlug}/locations/geocode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(getAddress ? getAddress() : addressOfForm(containerRef.current)),
      });
      const body = (await response.json().catch(() => ({}))) as GeocodeAnswer;
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

  return { message, searching, findAddress };
}
