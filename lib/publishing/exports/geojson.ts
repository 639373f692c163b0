// The locations as GeoJSON (RFC 7946): a FeatureCollection of Points in WGS 84, each position as
// [longitude, latitude] (RFC 7946 §3.1.1), with the published master data as properties. A
// location without a position has no geometry to show on a map and is left out; the routes say
// how many in the X-Omitted-Without-Position header.
import type { PublishableLocation } from '../publishable-location';
import type { ExportedLocation } from './select-exported-locations';

export type LocationProperties = Omit<PublishableLocation, 'latitude' | 'longitude'>;

export type LocationFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [longitude: number, latitude: number] };
  properties: LocationProperties;
};

export type LocationFeatureCollection = { type: 'FeatureCollection'; features: LocationFeature[] };

function propertiesOf(location: ExportedLocation): LocationProperties {
  // Spelled out rather than spread, so nothing internal a future column adds can slip in.
  return {
    storeCode: location.storeCode,
    name: location.name,
    street: location.street,
    addressExtra: location.addressExtra,
    postalCode: location.postalCode,
    city: location.city,
    region: location.region,
    countryCode: location.countryCode,
    phone: location.phone,
    website: location.website,
    email: location.email,
    primaryCategory: location.primaryCategory,
    description: location.description,
    openingHours: location.openingHours,
    specialHours: location.specialHours,
  };
}

/** The collection, and how many locations it leaves out for want of a position. */
export function locationsFeatureCollection(locations: readonly ExportedLocation[]) {
  const features: LocationFeature[] = [];
  for (const location of locations) {
    if (location.latitude === null || location.longitude === null) continue;
    features.push({
      type: 'Feature',
      id: location.storeCode,
      geometry: { type: 'Point', coordinates: [location.longitude, location.latitude] },
      properties: propertiesOf(location),
    });
  }
  const collection: LocationFeatureCollection = { type: 'FeatureCollection', features };
  return { collection, omitted: locations.length - features.length };
}

export function locationsGeoJson(locations: readonly ExportedLocation[]) {
  const { collection, omitted } = locationsFeatureCollection(locations);
  return { body: JSON.stringify(collection), omitted };
}
