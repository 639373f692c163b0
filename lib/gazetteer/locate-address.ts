import 'server-only';
import { distanceInMetres } from './distance';
import { loadPlaces, placeKey, type Place, type PlaceIndex } from './load-places';
import { placeNameKeys } from './place-names';
import { postcodeRegionOf, type PostcodeRegion } from './postcode-regions';

// Where an address lies, approximately, from the embedded gazetteer alone: the municipality
// named by the city (the postcode's region tells towns of the same name apart), else the
// postcode's region. Nothing for other countries, or when neither is known.

export type GazetteerAddress = { postalCode: string; city: string; countryCode: string };

export type GazetteerPosition = {
  latitude: number;
  longitude: number;
  precision: 'MUNICIPALITY' | 'POSTCODE_REGION';
  /** The radius in metres within which the address probably lies. */
  precisionM: number;
  /** The GeoNames place, or the postcode region ("27…"). */
  placeName: string;
};

/** A populated place stands for its municipality: most addresses lie within a few kilometres. */
export const municipalityPrecisionM = 5_000;
/** Places of one name this close together count as one (a town and its centre, say). */
const samePlaceM = 10_000;

/** The places the city's name stands for in the country: by its full name first ("frankfurt (main)"), then without its qualifier. */
export function placesNamed(index: PlaceIndex, city: string, countryCode: string): Place[] {
  for (const key of placeNameKeys(city)) {
    const places = index.get(placeKey(countryCode, key));
    if (places) return places;
  }
  return [];
}

export function nearestPlace(places: Place[], point: { latitude: number; longitude: number }) {
  let nearest: { place: Place; distanceM: number } | null = null;
  for (const place of places) {
    const distanceM = distanceInMetres(place, point);
    if (!nearest || distanceM < nearest.distanceM) nearest = { place, distanceM };
  }
  return nearest;
}

/** The one place the city stands for; null when unknown, or when several fit equally well. */
function municipalityOf(places: Place[], region: PostcodeRegion | null): Place | null {
  if (places.length === 1) return places[0]!;
  if (places.length === 0) return null;
  if (region) {
    const nearest = nearestPlace(places, region)!;
    return nearest.distanceM <= region.maxDistanceM ? nearest.place : null;
  }
  const first = places[0]!;
  return places.every((place) => distanceInMetres(first, place) <= samePlaceM) ? first : null;
}

export function locateInIndex(index: PlaceIndex, address: GazetteerAddress): GazetteerPosition | null {
  const countryCode = address.countryCode.trim().toUpperCase() || 'DE';
  const region = postcodeRegionOf(address.postalCode, countryCode);
  const place = municipalityOf(placesNamed(index, address.city, countryCode), region);
  if (place) {
    const { latitude, longitude, name } = place;
    return {
      latitude,
      longitude,
      precision: 'MUNICIPALITY',
      precisionM: municipalityPrecisionM,
      placeName: name,
    };
  }
  if (!region) return null;
  return {
    latitude: region.latitude,
    longitude: region.longitude,
    precision: 'POSTCODE_REGION',
    precisionM: region.precisionM,
    placeName: `${region.prefix}…`,
  };
}

/** The approximate position of the address; the gazetteer is read on the first call. */
export async function locateAddress(address: GazetteerAddress): Promise<GazetteerPosition | null> {
  return locateInIndex(await loadPlaces(), address);
}
