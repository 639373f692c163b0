import 'server-only';
import { loadPlaces, type PlaceIndex } from '@/lib/gazetteer/load-places';
import { locateInIndex } from '@/lib/gazetteer/locate-address';
import { geocodeAddress } from '@/lib/geocoding/geocode';
import type { PositionPrecision, PositionSource } from '@/lib/generated/prisma/enums';
import type { LocationInput } from '../schemas';

// Where a location is stored on the map. A pin the input carries was set by a person (form, API,
// CSV) and always wins. Without one, the position comes from the address: the geocoder of
// GEOCODER_URL when configured and it finds the address, else the embedded gazetteer
// (lib/gazetteer), approximately, marked with its precision.

export type Placement = {
  latitude: number | null;
  longitude: number | null;
  positionSource: PositionSource | null;
  positionPrecision: PositionPrecision | null;
  positionPrecisionM: number | null;
};

export type PlacedAddress = Pick<
  LocationInput,
  'latitude' | 'longitude' | 'street' | 'postalCode' | 'city' | 'countryCode'
>;

const nowhere: Placement = {
  latitude: null,
  longitude: null,
  positionSource: null,
  positionPrecision: null,
  positionPrecisionM: null,
};

export function manualPlacement(latitude: number, longitude: number): Placement {
  return { latitude, longitude, positionSource: 'MANUAL', positionPrecision: null, positionPrecisionM: null };
}

/** From the gazetteer alone (read beforehand): no network, a few microseconds a location. */
export function placeInIndex(index: PlaceIndex, address: PlacedAddress): Placement {
  if (address.latitude !== undefined && address.longitude !== undefined) {
    return manualPlacement(address.latitude, address.longitude);
  }
  const position = locateInIndex(index, address);
  if (!position) return nowhere;
  return {
    latitude: position.latitude,
    longitude: position.longitude,
    positionSource: 'GAZETTEER',
    positionPrecision: position.precision,
    positionPrecisionM: position.precisionM,
  };
}

/**
 * For one location saved by the form or the API: the geocoder first when there is one (its
 * answers are cached; a failure falls back to the gazetteer, and is logged).
 */
export async function placeLocation(address: PlacedAddress): Promise<Placement> {
  if (address.latitude !== undefined && address.longitude !== undefined) {
    return manualPlacement(address.latitude, address.longitude);
  }
  const geocoded = await geocodeAddress(address);
  if (geocoded.status === 'found') {
    return {
      latitude: geocoded.latitude,
      longitude: geocoded.longitude,
      positionSource: 'GEOCODER',
      positionPrecision: 'ADDRESS',
      positionPrecisionM: null,
    };
  }
  if (geocoded.status === 'unavailable') console.error(`Geocoding failed: ${geocoded.reason}`);
  return placeInIndex(await loadPlaces(), address);
}
