import type { LocationDetail } from './locations';
import type { OpeningHours, SpecialHours } from './schemas';

// The location form's values (components/locations/location-form.tsx): what the form starts with
// for a new and for a stored location, and where the pin picker starts.

/** Every field as the form sends it back, text; the hours as the editors hold them. */
export type LocationFormValues = Record<
  | 'storeCode'
  | 'name'
  | 'street'
  | 'addressExtra'
  | 'postalCode'
  | 'city'
  | 'region'
  | 'countryCode'
  | 'phone'
  | 'website'
  | 'email'
  | 'primaryCategory'
  | 'description'
  | 'latitude'
  | 'longitude'
  | 'status'
  | 'assignedMembershipId',
  string
> & { openingHours?: OpeningHours; specialHours?: SpecialHours };

/** Where the embedded gazetteer places an address: a municipality or a postcode region, to about `precisionM`. */
export type ApproximatePosition = {
  latitude: number;
  longitude: number;
  precision: 'MUNICIPALITY' | 'POSTCODE_REGION';
  precisionM: number;
};

export const emptyLocationFormValues: LocationFormValues = {
  storeCode: '',
  name: '',
  street: '',
  addressExtra: '',
  postalCode: '',
  city: '',
  region: '',
  countryCode: 'DE',
  phone: '',
  website: '',
  email: '',
  primaryCategory: '',
  description: '',
  latitude: '',
  longitude: '',
  status: 'ACTIVE',
  assignedMembershipId: '',
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The gazetteer's stored position, where the pin picker starts; null for any other. */
export function approximateOf(location: LocationDetail): ApproximatePosition | null {
  const { latitude, longitude, positionSource, positionPrecision, positionPrecisionM } = location;
  if (positionSource !== 'GAZETTEER' || latitude === null || longitude === null) return null;
  if (positionPrecision !== 'MUNICIPALITY' && positionPrecision !== 'POSTCODE_REGION') return null;
  return { latitude, longitude, precision: positionPrecision, precisionM: positionPrecisionM ?? 5000 };
}

/** A stored location as the form's initial values (strings, E.164 phone kept as stored). */
export function locationToFormValues(location: LocationDetail): LocationFormValues {
  return {
    storeCode: location.storeCode,
    name: location.name,
    street: location.street,
    addressExtra: location.addressExtra ?? '',
    postalCode: location.postalCode,
    city: location.city,
    region: location.region ?? '',
    countryCode: location.countryCode,
    phone: location.phone ?? '',
    website: location.website ?? '',
    email: location.email ?? '',
    primaryCategory: location.primaryCategory ?? '',
    description: location.description ?? '',
    // Only a hand-set pin is the form's: an automatic one follows the address (see approximateOf).
    latitude: (location.positionSource === 'MANUAL' && location.latitude?.toString()) || '',
    longitude: (location.positionSource === 'MANUAL' && location.longitude?.toString()) || '',
    status: location.status,
    assignedMembershipId: location.assignedMembershipId ?? '',
    openingHours: location.openingHours as OpeningHours,
    specialHours: location.specialHours.map((entry) => ({
      startDate: isoDate(entry.startDate),
      endDate: isoDate(entry.endDate),
      closed: entry.closed,
      ranges: entry.ranges as { opens: string; closes: string }[],
      note: entry.note ?? undefined,
    })),
  };
}
