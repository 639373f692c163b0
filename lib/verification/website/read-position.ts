import type { JsonObject } from './json-ld/json-nodes';
import { firstNode, valuesOf, literalText } from './json-ld/node-values';

// The position of a business: its `geo` (GeoCoordinates) or, as a Place may, `latitude` and
// `longitude` on the business itself. Numbers may come as text, with a decimal comma.

const decimal = /^-?\d{1,3}(?:[.,]\d{1,15})?$/;

function coordinate(
  node: JsonObject,
  property: string,
  byId: ReadonlyMap<string, JsonObject>,
  limit: number,
) {
  const value = valuesOf(node, property, byId)[0];
  const text = typeof value === 'number' ? String(value) : literalText(value)?.trim().slice(0, 40);
  if (!text || !decimal.test(text)) return null;
  const number = Number(text.replace(',', '.'));
  return Math.abs(number) <= limit ? number : null;
}

export function readPosition(business: JsonObject, byId: ReadonlyMap<string, JsonObject>) {
  const geo = firstNode(business, 'geo', byId) ?? business;
  const latitude = coordinate(geo, 'latitude', byId, 90);
  const longitude = coordinate(geo, 'longitude', byId, 180);
  return latitude === null || longitude === null
    ? { latitude: null, longitude: null }
    : { latitude, longitude };
}
