// The compact form in which the map receives its locations (GET /o/<slug>/locations/map/data).
// Shared by the server and the map in the browser; holds no server code.
import { healthBands, type HealthBand } from './health';

/**
 * [id, name, city, latitude, longitude, band of the presence score as an index into healthBands
 * (0 good, 1 fair, 2 poor), presence score 0–100, master-data completeness 0–100, how approximate
 * the position is as an index into approximations (0 exact: set by hand or geocoded), and the
 * radius in metres within which an approximate location probably lies (0 when exact)]
 */
export type MapLocationTuple = [
  id: string,
  name: string,
  city: string,
  latitude: number,
  longitude: number,
  band: 0 | 1 | 2,
  presenceScore: number,
  completeness: number,
  approximation: 0 | 1 | 2,
  approximateWithinM: number,
];

/** Positions from the embedded gazetteer: where in the municipality or postcode region, nobody knows. */
export const approximations = ['exact', 'municipality', 'postcodeRegion'] as const;
export type Approximation = (typeof approximations)[number];

export function approximationOfTuple(tuple: MapLocationTuple): Approximation {
  return approximations[tuple[8]] ?? 'exact';
}

export type MapPayload = {
  locations: MapLocationTuple[];
  /** Non-archived locations the map cannot show for lack of coordinates. */
  withoutCoordinates: number;
};

export function bandOfTuple(tuple: MapLocationTuple): HealthBand {
  return healthBands[tuple[5]] ?? 'poor';
}
