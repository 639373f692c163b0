import type { BoundingBox } from './bounding-box';
import { categoryKeys } from './parse-overpass';

// The Overpass QL for one cluster's box: every named shop, amenity, craft, office, healthcare and
// tourism element there, nodes as well as ways and relations (a shop mapped as a building). The
// box is the global [bbox:…] setting, so every statement is limited to it; `out center meta`
// gives ways and relations a centre and every element its type, id, version and tags. (An out
// statement takes one degree of detail: meta is body and tags plus version and timestamp; it also
// names the last editor, which the parser drops.)

export const overpassTimeoutSeconds = 25;

/** Seven decimal places: about a centimetre, as precise as OpenStreetMap stores positions. */
const coordinate = (value: number) => Number(value.toFixed(7)).toString();

export function overpassBbox(box: BoundingBox) {
  return [box.south, box.west, box.north, box.east].map(coordinate).join(',');
}

export function buildOverpassQuery(box: BoundingBox): string {
  return [
    `[out:json][timeout:${overpassTimeoutSeconds}][bbox:${overpassBbox(box)}];`,
    '(',
    ...categoryKeys.map((key) => `  nwr["${key}"]["name"];`),
    ');',
    'out center meta;',
  ].join('\n');
}
