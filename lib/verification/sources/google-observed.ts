import { fieldLengths } from '@/lib/verification/website/limits';
import { oneLine } from '@/lib/verification/website/plain-text';
import { openingHoursOfPeriods } from './google-opening-hours';
import type { GoogleAddressComponent, GooglePlace } from './google-place-schema';
import type { ObservedValues } from './source-result';

// What a Google place states, in the master data's fields. The street is written the German way,
// "Hafenstraße 12" (route, then number); the city is the locality. Values are shown to users and
// stored, so they are plain text on one line and no longer than the master data allows.

/** Plain text of at most `length` characters (whole code points); null for blank text. */
export function googleText(value: string | undefined, length: number): string | null {
  const text = value === undefined ? '' : [...oneLine(value.slice(0, length * 4))].slice(0, length).join('');
  return text.trim() || null;
}

function component(components: readonly GoogleAddressComponent[], ...types: string[]) {
  for (const type of types) {
    const found = components.find((entry) => entry.types.includes(type));
    if (found?.longText) return found.longText;
  }
  return undefined;
}

/** http(s) only: a link shown to a person must not be javascript: or data:. */
export function googleWebLink(value: string | undefined): string | null {
  const url = value ? URL.parse(value.trim()) : null;
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? googleText(url.href, 2048) : null;
}

export function observedOfGooglePlace(place: GooglePlace): ObservedValues {
  const components = place.addressComponents ?? [];
  const route = component(components, 'route');
  const streetNumber = component(components, 'street_number');
  return {
    name: googleText(place.displayName?.text, fieldLengths.name),
    street: route ? googleText([route, streetNumber].filter(Boolean).join(' '), fieldLengths.street) : null,
    postalCode: googleText(component(components, 'postal_code'), fieldLengths.postalCode),
    city: googleText(component(components, 'locality', 'postal_town'), fieldLengths.city),
    phone: googleText(place.nationalPhoneNumber, fieldLengths.phone),
    website: googleWebLink(place.websiteUri),
    openingHours: openingHoursOfPeriods(place.regularOpeningHours?.periods),
    latitude: place.location?.latitude ?? null,
    longitude: place.location?.longitude ?? null,
    rating: place.rating ?? null,
    reviewCount: place.userRatingCount ?? null,
    businessStatus: place.businessStatus ?? null,
  };
}

/** The place on Google Maps: the link Google gives, else the documented place-id link. */
export function googleMapsLink(place: GooglePlace): string {
  return (
    googleWebLink(place.googleMapsUri) ??
    `https://www.google.com/maps/place/?q=place_id:${encodeURIComponent(place.id)}`
  );
}
