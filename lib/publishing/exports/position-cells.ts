import type { ExportedLocation } from './select-exported-locations';

/**
 * Latitude and longitude in decimal degrees (WGS 84, a point as decimal separator), only for a
 * position set by hand: the platforms take these columns as the exact pin, and one derived from
 * the address may be off by a street (the Google export does the same). Otherwise empty, so the
 * platform places the pin from the address itself.
 */
export function positionCells(location: ExportedLocation) {
  const manual =
    location.positionSource === 'MANUAL' && location.latitude !== null && location.longitude !== null;
  return {
    latitude: manual ? String(location.latitude) : '',
    longitude: manual ? String(location.longitude) : '',
  };
}
