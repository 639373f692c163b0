import 'server-only';
import { distanceInMetres } from './distance';
import type { PlaceIndex } from './load-places';
import { locateInIndex, nearestPlace, placesNamed, type GazetteerAddress } from './locate-address';
import { postcodeRegionOf } from './postcode-regions';

// Warnings, never errors: the gazetteer knows populated places and postcode regions, not every
// village and street, so a surprising address may still be right.

export type PlausibilityWarning =
  | { code: 'postcodeFarFromCity'; params: { postalCode: string; city: string; distanceKm: number } }
  | { code: 'pinFarFromAddress'; params: { distanceKm: number; limitKm: number } };

/** A hand-set pin farther than this from its municipality is probably misplaced. */
const pinLimitFromMunicipalityM = 25_000;

const kilometres = (metres: number) => Math.round(metres / 1000);

export function checkPlausibilityInIndex(
  index: PlaceIndex,
  address: GazetteerAddress,
  pin?: { latitude: number; longitude: number } | null,
): PlausibilityWarning[] {
  const countryCode = address.countryCode.trim().toUpperCase() || 'DE';
  const warnings: PlausibilityWarning[] = [];
  const region = postcodeRegionOf(address.postalCode, countryCode);
  const city = region && nearestPlace(placesNamed(index, address.city, countryCode), region);
  if (region && city && city.distanceM > region.maxDistanceM) {
    const params = { postalCode: address.postalCode.trim(), city: address.city.trim() };
    warnings.push({
      code: 'postcodeFarFromCity',
      params: { ...params, distanceKm: kilometres(city.distanceM) },
    });
  }
  const position = pin && locateInIndex(index, address);
  if (pin && position) {
    const limitM = position.precision === 'MUNICIPALITY' ? pinLimitFromMunicipalityM : region!.maxDistanceM;
    const distanceM = distanceInMetres(pin, position);
    if (distanceM > limitM) {
      warnings.push({
        code: 'pinFarFromAddress',
        params: { distanceKm: kilometres(distanceM), limitKm: kilometres(limitM) },
      });
    }
  }
  return warnings;
}
