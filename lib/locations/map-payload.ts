// The compact form in which the map receives its locations (GET /o/<slug>/locations/map/data).
// Shared by the server and the map in the browser; holds no server code.
import { healthBands, type HealthBand } from './health';

/** [id, name, city, latitude, longitude, band index into healthBands (0 good, 1 fair, 2 poor)] */
export type MapLocationTuple = [
  id: string,
  name: string,
  city: string,
  latitude: number,
  longitude: number,
  band: 0 | 1 | 2,
];

export type MapPayload = {
  locations: MapLocationTuple[];
  /** Non-archived locations the map cannot show for lack of coordinates. */
  withoutCoordinates: number;
};

export function bandOfTuple(tuple: MapLocationTuple): HealthBand {
  return healthBands[tuple[5]] ?? 'poor';
}
