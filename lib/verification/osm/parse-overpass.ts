import { z } from 'zod';

// Reads an Overpass JSON answer into candidates: an element's type, id and version, where it is
// (a node's own position, a way's or relation's centre) and the tags that matching and the NAP
// comparison read. The answer comes from outside: an element that is not what Overpass writes is
// skipped and counted, never trusted; contributor names and ids in it are not kept.

export const osmElementTypes = ['node', 'way', 'relation'] as const;
export type OsmElementType = (typeof osmElementTypes)[number];

export const candidateTagKeys = [
  'name',
  'brand',
  'addr:street',
  'addr:housenumber',
  'addr:postcode',
  'addr:city',
  'phone',
  'contact:phone',
  'website',
  'contact:website',
  'opening_hours',
] as const;
export type CandidateTagKey = (typeof candidateTagKeys)[number];

/** What the match needs to say which kind of place it is: "shop=bakery". */
export const categoryKeys = ['shop', 'amenity', 'craft', 'office', 'healthcare', 'tourism'] as const;

export type OsmCandidate = {
  type: OsmElementType;
  id: number;
  /** Null when the answer has no metadata (out without meta). */
  version: number | null;
  latitude: number;
  longitude: number;
  /** The first of shop, amenity, craft, office, healthcare, tourism the element has. */
  category: { key: string; value: string } | null;
  tags: Partial<Record<CandidateTagKey, string>>;
};

export type OverpassAnswer = {
  candidates: OsmCandidate[];
  /** Elements left out because they were malformed, unnamed or had no position. */
  skipped: number;
  /** Overpass' own note; a "runtime error" there means the answer is incomplete. */
  remark: string | null;
  incomplete: boolean;
  /** How current the data is ("2026-03-02T10:00:00Z"), when Overpass says so. */
  dataTimestamp: string | null;
};

// OpenStreetMap limits keys and values to 255 characters; a longer one is not from it.
const tagValue = z.string().max(255);
const point = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

const elementSchema = z.object({
  type: z.enum(osmElementTypes),
  id: z.number().int().positive(),
  version: z.number().int().positive().optional(),
  lat: point.shape.lat.optional(),
  lon: point.shape.lon.optional(),
  center: point.optional(),
  tags: z.record(z.string().max(255), z.unknown()).optional(),
});

const answerSchema = z.object({
  elements: z.array(z.unknown()).max(100_000),
  remark: z.string().max(2_000).optional(),
  osm3s: z.object({ timestamp_osm_base: z.string().max(40).optional() }).optional(),
});

export class OverpassAnswerError extends Error {}

/** The candidates of an answer; throws OverpassAnswerError when it is no Overpass answer at all. */
export function parseOverpassAnswer(json: unknown): OverpassAnswer {
  const answer = answerSchema.safeParse(json);
  if (!answer.success) throw new OverpassAnswerError('The answer is not an Overpass JSON answer.');
  const candidates: OsmCandidate[] = [];
  for (const element of answer.data.elements) {
    const candidate = candidateOf(element);
    if (candidate) candidates.push(candidate);
  }
  const remark = answer.data.remark ?? null;
  return {
    candidates,
    skipped: answer.data.elements.length - candidates.length,
    remark,
    incomplete: remark !== null && /error/i.test(remark),
    dataTimestamp: answer.data.osm3s?.timestamp_osm_base ?? null,
  };
}

function candidateOf(value: unknown): OsmCandidate | null {
  const parsed = elementSchema.safeParse(value);
  if (!parsed.success) return null;
  const element = parsed.data;
  const position =
    element.lat !== undefined && element.lon !== undefined
      ? { lat: element.lat, lon: element.lon }
      : element.center;
  const tags = pickTags(element.tags ?? {});
  if (!position || !tags.name) return null;
  return {
    type: element.type,
    id: element.id,
    version: element.version ?? null,
    latitude: position.lat,
    longitude: position.lon,
    category: categoryOf(element.tags ?? {}),
    tags,
  };
}

function pickTags(tags: Record<string, unknown>) {
  const picked: Partial<Record<CandidateTagKey, string>> = {};
  for (const key of candidateTagKeys) {
    const value = tagValue.safeParse(tags[key]);
    if (value.success && value.data.trim() !== '') picked[key] = value.data.trim();
  }
  return picked;
}

function categoryOf(tags: Record<string, unknown>) {
  for (const key of categoryKeys) {
    const value = tagValue.safeParse(tags[key]);
    if (value.success && value.data !== '') return { key, value: value.data };
  }
  return null;
}
