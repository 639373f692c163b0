import 'server-only';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql } from '@/lib/access/location-scope';
import { healthBandThresholds, type HealthBand } from './health';

/**
 * How much each piece of master data adds to a location's completeness (sum: 100). Weighted by
 * what customers act on most: being able to call, knowing when it is open, finding it.
 *   phone 20 · opening hours 20 (any day with hours) · website 15 · coordinates 15 ·
 *   primary category 15 · description 10 · email 5
 */
export const completenessWeights = {
  phone: 20,
  openingHours: 20,
  website: 15,
  coordinates: 15,
  primaryCategory: 15,
  description: 10,
  email: 5,
} as const;

export type CompletenessField = keyof typeof completenessWeights;

const filled = (column: string) => Prisma.raw(`nullif(btrim(l.${column}), '') IS NOT NULL`);

/** Each field's "is present" test on a row of `locations l`. */
const presence: Record<CompletenessField, Prisma.Sql> = {
  phone: filled('phone'),
  // Any weekday with at least one range; `silent` makes malformed JSON count as "no hours".
  openingHours: Prisma.sql`coalesce(jsonb_path_exists(l.opening_hours, 'strict $.* ? (@.type() == "array" && @.size() > 0)', '{}', true), false)`,
  website: filled('website'),
  // A pin someone set or the geocoder found; the gazetteer's approximate position does not count.
  coordinates: Prisma.sql`(l.latitude IS NOT NULL AND l.longitude IS NOT NULL AND l.position_source <> 'GAZETTEER')`,
  primaryCategory: filled('primary_category'),
  description: filled('description'),
  email: filled('email'),
};

const fields = Object.keys(completenessWeights) as CompletenessField[];

/** The 0–100 score of the row `l`, as an SQL expression. */
export const completenessScoreSql = Prisma.join(
  fields.map(
    (field) =>
      Prisma.sql`(CASE WHEN ${presence[field]} THEN ${Prisma.raw(String(completenessWeights[field]))} ELSE 0 END)`,
  ),
  ' + ',
);

const good = Prisma.raw(String(healthBandThresholds.good));
const fair = Prisma.raw(String(healthBandThresholds.fair));

/** The band of a score expression, as SQL, with the thresholds of healthBandFor. */
export function healthBandSql(score: Prisma.Sql) {
  return Prisma.sql`(CASE WHEN ${score} >= ${good} THEN 'good' WHEN ${score} >= ${fair} THEN 'fair' ELSE 'poor' END)`;
}

const missingFieldsSql = Prisma.sql`array_remove(ARRAY[${Prisma.join(
  fields.map(
    (field) => Prisma.sql`CASE WHEN ${presence[field]} THEN NULL ELSE ${Prisma.raw(`'${field}'`)} END`,
  ),
)}]::text[], NULL)`;

export type LocationCompleteness = {
  id: string;
  score: number;
  band: HealthBand;
  /** Fields still empty, in the order of completenessWeights. */
  missing: CompletenessField[];
};

/**
 * Completeness of every non-archived location of the organisation, computed by the database in
 * one query whatever the number of locations.
 */
export async function listLocationCompleteness(member: MemberContext): Promise<LocationCompleteness[]> {
  const rows = await db.$queryRaw<{ id: string; score: number; band: HealthBand; missing: string[] }[]>`
    SELECT s.id, s.score, ${healthBandSql(Prisma.sql`s.score`)} AS band, s.missing
    FROM (
      SELECT l.id, l.name, (${completenessScoreSql})::int AS score, ${missingFieldsSql} AS missing
      FROM locations l
      WHERE ${locationScopeSql(member, 'l')} AND l.archived_at IS NULL
    ) s
    ORDER BY s.name, s.id`;
  return rows.map((row) => ({ ...row, missing: row.missing as CompletenessField[] }));
}
