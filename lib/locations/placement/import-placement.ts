import 'server-only';
import type { PlaceIndex } from '@/lib/gazetteer/load-places';
import type { LocationInput } from '../schemas';
import { placeInIndex, type Placement } from './place-location';

/** What an import knows of a stored location's position. */
export type StoredPosition = {
  street: string;
  postalCode: string;
  city: string;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  positionSource: Placement['positionSource'];
  positionPrecision: Placement['positionPrecision'];
  positionPrecisionM: number | null;
};

const sameAddress = (input: LocationInput, stored: StoredPosition) =>
  input.street === stored.street &&
  input.postalCode === stored.postalCode &&
  input.city === stored.city &&
  input.countryCode === stored.countryCode.trim();

/**
 * Where an imported row is stored: its own pin (manual), else the geocoder's earlier answer for
 * the same address (an import does not ask the geocoder: a chain's file would take hours at its
 * usual rate limit), else the gazetteer's approximate position.
 */
export function placeImportedRow(
  index: PlaceIndex,
  input: LocationInput,
  stored: StoredPosition | undefined,
): Placement {
  if (
    input.latitude === undefined &&
    stored?.positionSource === 'GEOCODER' &&
    stored.latitude !== null &&
    stored.longitude !== null &&
    sameAddress(input, stored)
  ) {
    const { latitude, longitude, positionSource, positionPrecision, positionPrecisionM } = stored;
    return { latitude, longitude, positionSource, positionPrecision, positionPrecisionM };
  }
  return placeInIndex(index, input);
}
