import type { LocationFormValues } from '@/components/locations/location-form';
import type { OpeningHours } from './schemas';
import type { LocationDetail } from './locations';

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
    latitude: location.latitude?.toString() ?? '',
    longitude: location.longitude?.toString() ?? '',
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
