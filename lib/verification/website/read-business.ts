import type { Findings } from './findings';
import { readHours } from './hours/read-hours';
import type { JsonObject } from './json-ld/json-nodes';
import { firstText } from './json-ld/node-values';
import { fieldLengths } from './limits';
import type { StructuredDataKind, WebsiteObservation } from './observation';
import { oneLine, plainText } from './plain-text';
import { readAddress } from './read-address';
import { readPosition } from './read-position';

// One business node (JSON-LD, or a microdata item read into the same shape) as an observation.

export type ReadContext = { byId: ReadonlyMap<string, JsonObject>; findings: Findings; pageUrl: string };

/** The `url` as an absolute http(s) address, resolved against the page; null for anything else. */
function absoluteWebsite(value: string | null, { findings, pageUrl }: ReadContext) {
  const text = value === null ? null : plainText(value, 'website', findings);
  if (text === null) return null;
  try {
    const url = new URL(text, pageUrl);
    return ['http:', 'https:'].includes(url.protocol) && url.href.length <= fieldLengths.website
      ? url.href
      : null;
  } catch {
    return null;
  }
}

function idOf(business: JsonObject) {
  const id = business['@id'];
  return typeof id === 'string' && id.trim() !== '' ? oneLine(id.slice(0, fieldLengths.id)) : null;
}

export function readBusiness(
  business: JsonObject,
  source: { kind: StructuredDataKind; type: string },
  context: ReadContext,
): WebsiteObservation {
  const { byId, findings, pageUrl } = context;
  const text = (property: string, field: 'name' | 'phone') => {
    const value = firstText(business, property, byId);
    return value === null ? null : plainText(value, field, findings);
  };
  return {
    name: text('name', 'name') ?? text('legalName', 'name'),
    ...readAddress(business, context),
    phone: text('telephone', 'phone'),
    website: absoluteWebsite(firstText(business, 'url', byId), context),
    ...readHours(business, context),
    ...readPosition(business, byId),
    source: { ...source, id: idOf(business), pageUrl },
  };
}
