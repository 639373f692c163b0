import type { OsmElementType } from './parse-overpass';

// Where a person sees an element on openstreetmap.org and where they edit it. Ortsbild never
// edits OpenStreetMap itself: it links to the editor, at the element or at the spot.

const site = 'https://www.openstreetmap.org';
const zoom = 19;

const mapFragment = (latitude: number, longitude: number) =>
  `#map=${zoom}/${latitude.toFixed(6)}/${longitude.toFixed(6)}`;

export type OsmElementLinks = { url: string; editUrl: string };

/** The element's page and the editor with it selected, centred on its position. */
export function osmElementLinks(
  element: { type: OsmElementType; id: number },
  position: { latitude: number; longitude: number },
): OsmElementLinks {
  return {
    url: `${site}/${element.type}/${element.id}`,
    editUrl: `${site}/edit?${element.type}=${element.id}${mapFragment(position.latitude, position.longitude)}`,
  };
}

/** The map and the editor at a spot: where a missing business would be added. */
export function osmSpotLinks(position: { latitude: number; longitude: number }): OsmElementLinks {
  const fragment = mapFragment(position.latitude, position.longitude);
  return { url: `${site}/${fragment}`, editUrl: `${site}/edit${fragment}` };
}
