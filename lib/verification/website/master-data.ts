import type { NapInput } from '@/lib/nap/compare';
import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import type { WebsiteObservation } from './observation';

// A location's master data as the website check needs it (a location row, its special hours
// joined), and both sides as input to the NAP comparison (lib/nap/compare.ts).

export type LocationMasterData = {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  region?: string | null;
  countryCode: string;
  /** E.164, as the location schema stores it. */
  phone?: string | null;
  website?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  primaryCategory?: string | null;
  openingHours: OpeningHours;
  specialHours: SpecialHours;
};

/** The master data's NAP fields as the comparison takes them (any location row or master data). */
export function napOfLocation(
  location: Pick<LocationMasterData, 'name' | 'street' | 'postalCode' | 'city' | 'phone' | 'website'>,
): NapInput {
  const { name, street, postalCode: postcode, city, phone, website } = location;
  return { name, street, postcode, city, phone, website };
}

export function napOfObservation(observation: WebsiteObservation): NapInput {
  const { name, street, postalCode: postcode, city, phone, website } = observation;
  return { name, street, postcode, city, phone, website };
}
