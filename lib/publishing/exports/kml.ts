// The locations as KML 2.2 (for Google Earth and Google My Maps), written by @placemarkio/tokml
// from the same features as the GeoJSON: one Placemark per located location with its name, its
// description and the other published fields as ExtendedData (hours as JSON).
import { toKML } from '@placemarkio/tokml';
import { locationsFeatureCollection } from './geojson';
import type { ExportedLocation } from './select-exported-locations';

export function locationsKml(locations: readonly ExportedLocation[]) {
  const { collection, omitted } = locationsFeatureCollection(locations);
  // No id: a KML id must be an XML name, which a store code like "01" is not. The store code
  // stays in ExtendedData. tokml writes null properties as the text "null": left out instead.
  const features = collection.features.map(({ geometry, properties }) => ({
    type: 'Feature' as const,
    geometry,
    properties: Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null)),
  }));
  return { body: toKML({ type: 'FeatureCollection', features }), omitted };
}
