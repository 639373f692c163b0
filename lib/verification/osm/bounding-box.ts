// Boxes of WGS 84 coordinates as Overpass takes them (south, west, north, east), and their size on
// the ground. Over a few kilometres the Earth is flat enough: a degree of latitude is 111.3 km,
// a degree of longitude that times the cosine of the latitude.

export type Position = { latitude: number; longitude: number };
export type BoundingBox = { south: number; west: number; north: number; east: number };

export const metresPerDegreeLatitude = 111_320;

/** Metres per degree of longitude at a latitude. */
export function metresPerDegreeLongitude(latitude: number) {
  return metresPerDegreeLatitude * Math.cos((latitude * Math.PI) / 180);
}

/** The smallest box holding the positions, grown by `marginMetres` on every side. */
export function boxAround(positions: readonly Position[], marginMetres = 0): BoundingBox {
  if (positions.length === 0) throw new Error('A box needs at least one position.');
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { latitude, longitude } of positions) {
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
  }
  const latitudeMargin = marginMetres / metresPerDegreeLatitude;
  // The margin in degrees of longitude is widest where the box is nearest a pole.
  const widest = Math.max(Math.abs(south), Math.abs(north)) + latitudeMargin;
  const longitudeMargin = marginMetres / metresPerDegreeLongitude(Math.min(widest, 89));
  return {
    south: Math.max(-90, south - latitudeMargin),
    west: Math.max(-180, west - longitudeMargin),
    north: Math.min(90, north + latitudeMargin),
    east: Math.min(180, east + longitudeMargin),
  };
}

/** The box's latitude nearest the equator, where a degree of longitude is longest. */
export function widestLatitude(box: BoundingBox) {
  return box.south <= 0 && box.north >= 0 ? 0 : Math.min(Math.abs(box.south), Math.abs(box.north));
}

/** Width (along its widest parallel) and height of a box in metres. */
export function boxSizeInMetres(box: BoundingBox) {
  return {
    width: (box.east - box.west) * metresPerDegreeLongitude(widestLatitude(box)),
    height: (box.north - box.south) * metresPerDegreeLatitude,
  };
}

export function boxContains(box: BoundingBox, { latitude, longitude }: Position) {
  return latitude >= box.south && latitude <= box.north && longitude >= box.west && longitude <= box.east;
}
