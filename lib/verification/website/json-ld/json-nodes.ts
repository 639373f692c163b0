import type { Findings } from '../findings';
import { websiteReadingLimits as limits } from '../limits';

// JSON-LD as it is found on pages: one object, a list of them, a `@graph`, businesses nested in an
// organisation (`department`, `subOrganization`, an ItemList's `itemListElement`), and nodes that
// refer to others by `@id` (Yoast's graph names the address once and points to it). Microdata
// items are read into the same shape (microdata/read-items.ts).

export type JsonObject = Record<string, unknown>;
export type JsonNodes = {
  /** Every object with a `@type`, in document order. */
  typed: JsonObject[];
  /** Objects that describe a node given by `@id`, for following references; the first one wins. */
  byId: Map<string, JsonObject>;
};

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Children of a value in document order; `@context` is no data and is skipped. */
function childrenOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isJsonObject(value)) return [];
  return Object.entries(value)
    .filter(([key, child]) => key !== '@context' && typeof child === 'object' && child !== null)
    .map(([, child]) => child);
}

function describesNode(value: JsonObject) {
  return typeof value['@id'] === 'string' && Object.keys(value).some((key) => key !== '@id');
}

/**
 * Collects the typed objects and the `@id` index of `roots`, visiting at most
 * `structuredNodes` objects and arrays (a finding when there are more).
 */
export function collectJsonNodes(roots: unknown[], findings: Findings): JsonNodes {
  const nodes: JsonNodes = { typed: [], byId: new Map() };
  const pending = [...roots].reverse();
  let visited = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (++visited > limits.structuredNodes) {
      findings.add({ code: 'tooManyNodes' });
      break;
    }
    if (isJsonObject(value)) {
      if ('@type' in value) nodes.typed.push(value);
      if (describesNode(value) && !nodes.byId.has(value['@id'] as string)) {
        nodes.byId.set(value['@id'] as string, value);
      }
    }
    const children = childrenOf(value);
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]);
  }
  return nodes;
}
