import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';

// The schema.org vocabulary offline, to check JSON-LD against the types it claims. The vocabulary
// is Zazuko's copy of schema.org's release file schemaorg-current-http (@vocabulary/schema, a
// devDependency, as N-Quads). Documents are read with the jsonld package (expansion) through a
// document loader that serves a schema.org context built from that vocabulary: @vocab is
// http://schema.org/ as in schema.org's own context, and properties whose range is a URL take an
// IRI, as there. Nothing is fetched.

const schema = 'http://schema.org/';
const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const rdfsClass = 'http://www.w3.org/2000/01/rdf-schema#Class';
const rdfProperty = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const subClassOf = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';

export type SchemaOrgVocabulary = {
  classes: Set<string>;
  properties: Set<string>;
  superClasses: Map<string, Set<string>>;
  domains: Map<string, Set<string>>;
  ranges: Map<string, Set<string>>;
  /** Enumeration members (schema:Monday) by their enumeration (schema:DayOfWeek). */
  members: Map<string, Set<string>>;
};

const add = (map: Map<string, Set<string>>, key: string, value: string) =>
  map.set(key, (map.get(key) ?? new Set()).add(value));

let loaded: SchemaOrgVocabulary | null = null;

export function schemaOrgVocabulary(): SchemaOrgVocabulary {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const vocabulary: SchemaOrgVocabulary = {
    classes: new Set(),
    properties: new Set(),
    superClasses: new Map(),
    domains: new Map(),
    ranges: new Map(),
    members: new Map(),
  };
  // Every line is "<subject> <predicate> <object or "literal"> <graph> ."; only IRI objects matter.
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^<([^>]+)> <([^>]+)> <([^>]+)>/.exec(line);
    if (!match) continue;
    const [, subject, predicate, object] = match as unknown as [string, string, string, string];
    if (predicate === rdfType && object === rdfsClass) vocabulary.classes.add(subject);
    else if (predicate === rdfType && object === rdfProperty) vocabulary.properties.add(subject);
    else if (predicate === rdfType && object.startsWith(schema)) add(vocabulary.members, object, subject);
    else if (predicate === subClassOf) add(vocabulary.superClasses, subject, object);
    else if (predicate === `${schema}domainIncludes`) add(vocabulary.domains, subject, object);
    else if (predicate === `${schema}rangeIncludes`) add(vocabulary.ranges, subject, object);
  }
  loaded = vocabulary;
  return vocabulary;
}

/** The class and every class above it. */
export function withSuperClasses(vocabulary: SchemaOrgVocabulary, type: string): Set<string> {
  const all = new Set<string>([type]);
  for (const each of all) for (const parent of vocabulary.superClasses.get(each) ?? []) all.add(parent);
  return all;
}

function schemaOrgContext(vocabulary: SchemaOrgVocabulary) {
  const context: Record<string, unknown> = { '@vocab': schema, schema };
  for (const [property, ranges] of vocabulary.ranges) {
    if (ranges.has(`${schema}URL`) && property.startsWith(schema)) {
      context[property.slice(schema.length)] = { '@id': property, '@type': '@id' };
    }
  }
  return { '@context': context };
}

const schemaOrgContextUrls = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
]);

/** Expands a JSON-LD document; any context other than schema.org's is refused, nothing is fetched. */
export async function expandOffline(document: object) {
  const vocabulary = schemaOrgVocabulary();
  const documentLoader = async (url: string) => {
    if (!schemaOrgContextUrls.has(url)) throw new Error(`No network: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext(vocabulary) };
  };
  return jsonld.expand(
    document as jsonld.JsonLdDocument,
    {
      documentLoader: documentLoader as unknown as jsonld.Options.DocLoader['documentLoader'],
      safe: true,
    } as jsonld.Options.Expand,
  );
}

type ExpandedNode = { '@type'?: string[]; [property: string]: unknown };

/**
 * What in an expanded document schema.org does not allow: a type that is not a schema.org class,
 * a property that is not a schema.org property or not on any of the node's types (domainIncludes,
 * with their super classes), a node value whose type is outside the property's range
 * (rangeIncludes, with subclasses), and a dayOfWeek that is not a day of schema.org's DayOfWeek.
 */
export function schemaOrgViolations(expanded: unknown[]): string[] {
  const vocabulary = schemaOrgVocabulary();
  const violations: string[] = [];
  const visit = (node: ExpandedNode, path: string) => {
    const types = node['@type'] ?? [];
    if (types.length === 0) violations.push(`${path}: no @type`);
    const ancestors = new Set<string>();
    for (const type of types) {
      if (!vocabulary.classes.has(type)) violations.push(`${path}: ${type} is not a schema.org type`);
      for (const each of withSuperClasses(vocabulary, type)) ancestors.add(each);
    }
    for (const [property, values] of Object.entries(node)) {
      if (property.startsWith('@')) continue;
      const where = `${path}.${property.replace(schema, '')}`;
      if (!vocabulary.properties.has(property)) {
        violations.push(`${where}: not a schema.org property`);
        continue;
      }
      const domains = vocabulary.domains.get(property) ?? new Set();
      if (![...domains].some((domain) => ancestors.has(domain))) {
        violations.push(`${where}: not a property of ${types.join(', ')}`);
      }
      const ranges = vocabulary.ranges.get(property) ?? new Set();
      (values as Record<string, unknown>[]).forEach((value, index) => {
        if (Array.isArray(value['@type'])) {
          const valueTypes = (value['@type'] as string[]).flatMap((type) => [
            ...withSuperClasses(vocabulary, type),
          ]);
          if (!valueTypes.some((type) => ranges.has(type))) {
            violations.push(`${where}[${index}]: ${value['@type'].join(', ')} is outside its range`);
          }
          visit(value as ExpandedNode, `${where}[${index}]`);
        }
        if (property === `${schema}dayOfWeek`) {
          const day = String(value['@value'] ?? value['@id']).replace(/^https:/, 'http:');
          if (!vocabulary.members.get(`${schema}DayOfWeek`)?.has(day)) {
            violations.push(`${where}[${index}]: ${day} is not a schema.org DayOfWeek`);
          }
        }
      });
    }
  };
  expanded.forEach((node, index) => visit(node as ExpandedNode, `[${index}]`));
  return violations;
}
