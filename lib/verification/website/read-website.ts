import { normaliseName, normalisePostcode, normaliseStreet } from '@/lib/nap/normalise';
import { Findings } from './findings';
import { readPageParts } from './html/page-parts';
import { collectJsonNodes, type JsonNodes } from './json-ld/json-nodes';
import { parseJsonLdScripts } from './json-ld/parse-scripts';
import { websiteReadingLimits as limits } from './limits';
import { readMicrodataItems } from './microdata/read-items';
import type { StructuredDataKind, WebsiteObservation, WebsiteReading } from './observation';
import { readBusiness } from './read-business';
import { hasAddress } from './read-address';
import { businessTypeOf, typesOf } from './schema-types';

// Reads the schema.org businesses a page describes, from its JSON-LD and its microdata. Pure: the
// page's HTML and address in, observations and findings out; whatever the page holds, it returns
// within the bounds of ./limits.ts and never throws for the page's sake.

function businessesIn(nodes: JsonNodes, kind: StructuredDataKind, pageUrl: string, findings: Findings) {
  const context = { byId: nodes.byId, findings, pageUrl };
  const businesses: WebsiteObservation[] = [];
  for (const node of nodes.typed) {
    // One more than reported, so that the reading can say there were more.
    if (businesses.length > limits.businesses) break;
    const type = businessTypeOf(node, hasAddress(node, nodes.byId));
    if (type !== null) businesses.push(readBusiness(node, { kind, type }, context));
  }
  return businesses;
}

/** Name, street and postcode as the NAP comparison keys them; empty when the business names none. */
function identityOf(business: WebsiteObservation) {
  const parts = [
    business.name ? normaliseName(business.name).key : '',
    business.street ? normaliseStreet(business.street).key : '',
    business.postalCode ? normalisePostcode(business.postalCode) : '',
  ];
  return parts.some(Boolean) ? parts.join('|') : '';
}

/** Each business once: a page often states the same one as JSON-LD and as microdata. */
function withoutRepeats(businesses: WebsiteObservation[]) {
  const seen = new Set<string>();
  return businesses.filter((business) => {
    const identity = identityOf(business);
    if (identity === '') return true;
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}

function namedTypes(...collections: JsonNodes[]) {
  return [...new Set(collections.flatMap((nodes) => nodes.typed.flatMap(typesOf)))].slice(0, 20);
}

export function readWebsite(html: string, pageUrl: string): WebsiteReading {
  const findings = new Findings();
  if (html.length > limits.pageCharacters) findings.add({ code: 'pageCut', characters: html.length });
  const parts = readPageParts(html.slice(0, limits.pageCharacters), findings);
  const jsonLd = collectJsonNodes(parseJsonLdScripts(parts, findings), findings);
  const microdata = collectJsonNodes(readMicrodataItems(parts.microdata, findings), findings);
  const found = withoutRepeats([
    ...businessesIn(jsonLd, 'jsonld', pageUrl, findings),
    ...businessesIn(microdata, 'microdata', pageUrl, findings),
  ]);
  if (found.length > limits.businesses) findings.add({ code: 'tooManyBusinesses', read: limits.businesses });
  if (found.length === 0) findings.add({ code: 'noStructuredData', types: namedTypes(jsonLd, microdata) });
  return { businesses: found.slice(0, limits.businesses), findings: findings.list };
}
