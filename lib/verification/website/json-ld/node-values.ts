import { isJsonObject, type JsonObject } from './json-nodes';

// Reading a property of a JSON-LD node the ways pages write it: a value or a list of values, under
// its short name or as "schema:name" or a schema.org address, as a literal, a `{ "@value": … }`
// or a reference `{ "@id": … }` to a node described elsewhere on the page.

const propertyPrefixes = ['', 'schema:', 'https://schema.org/', 'http://schema.org/'];
const maximumValuesPerProperty = 500;

/** The node a reference `{ "@id": … }` stands for, when the page describes it; else the value. */
export function resolveReference(value: unknown, byId: ReadonlyMap<string, JsonObject>): unknown {
  if (!isJsonObject(value) || typeof value['@id'] !== 'string') return value;
  return Object.keys(value).length === 1 ? (byId.get(value['@id']) ?? value) : value;
}

/** The values of `property` on `node` (at most 500), references followed once. */
export function valuesOf(node: JsonObject, property: string, byId: ReadonlyMap<string, JsonObject>) {
  const values: unknown[] = [];
  for (const prefix of propertyPrefixes) {
    const value = node[`${prefix}${property}`];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value.slice(0, maximumValuesPerProperty) : [value]) {
      if (item !== null && item !== undefined) values.push(resolveReference(item, byId));
    }
  }
  return values;
}

/** A literal's text: a string, a number, `{ "@value": … }`, or the `name` of a node (a Country). */
export function literalText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (!isJsonObject(value)) return null;
  const inner = value['@value'] ?? value.name;
  if (typeof inner === 'string') return inner;
  return typeof inner === 'number' && Number.isFinite(inner) ? String(inner) : null;
}

/** The first value of `property` that has a text. */
export function firstText(node: JsonObject, property: string, byId: ReadonlyMap<string, JsonObject>) {
  for (const value of valuesOf(node, property, byId)) {
    const text = literalText(value);
    if (text !== null && text.trim() !== '') return text;
  }
  return null;
}

/** The first value of `property` that is a node (an object), references followed. */
export function firstNode(node: JsonObject, property: string, byId: ReadonlyMap<string, JsonObject>) {
  return valuesOf(node, property, byId).find(isJsonObject) ?? null;
}
