import 'server-only';
import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/access/member-context';
import { assertRole } from '@/lib/access/member-context';
import { maxBatchLocations, previewPageSize } from './choices';
import type { HolidayHoursChoice } from './schemas';
import { overlapsPeriodSql, targetLocationsWhere } from './target-locations';

// What a batch would do, before anything is written: counts over all chosen locations and one
// page of them, those with special hours in the period first. Two statements at any size (three
// with a group: its check), so a preview of 5,000 locations costs what one of five does.

export type ExistingEntry = {
  startDate: string;
  endDate: string;
  closed: boolean;
  ranges: { opens: string; closes: string }[];
  note: string | null;
};

export type PreviewLocation = {
  id: string;
  name: string;
  storeCode: string;
  city: string;
  /** Special hours of the location that share a day with the period. */
  existing: ExistingEntry[];
  /** set: gets the entry; replace: gets it instead of `existing`; skip: keeps `existing`. */
  outcome: 'set' | 'replace' | 'skip';
};

export type HolidayHoursPreview = {
  /** Locations chosen (not archived, within the member's limit). */
  locations: number;
  /** Of those, with special hours in the period. */
  withExisting: number;
  /** Their entries in the period (removed when replacing). */
  existingEntries: number;
  /** Entries among them reaching beyond the period (removed whole when replacing). */
  reachingBeyond: number;
  /** Locations that get the new entry. */
  toSet: number;
  /** Locations left as they are (SKIP and special hours in the period). */
  toSkip: number;
  /** Entries removed (REPLACE). */
  toReplace: number;
  overLimit: boolean;
  page: number;
  pageCount: number;
  items: PreviewLocation[];
};

type Totals = { locations: number; withExisting: number; existingEntries: number; reachingBeyond: number };

export async function previewHolidayHours(
  member: MemberContext,
  choice: HolidayHoursChoice,
  page = 1,
): Promise<HolidayHoursPreview> {
  assertRole(member, 'MANAGER');
  const where = await targetLocationsWhere(member, choice);
  const overlaps = overlapsPeriodSql(choice);
  const [totals, rows] = await Promise.all([
    db.$queryRaw<Totals[]>`
      WITH targets AS (SELECT l.id FROM locations l WHERE ${where}),
      existing AS (
        SELECT h.location_id, h.start_date, h.end_date FROM location_special_hours h
        JOIN targets t ON t.id = h.location_id WHERE ${overlaps}
      )
      SELECT (SELECT count(*) FROM targets)::int AS locations,
             (SELECT count(DISTINCT location_id) FROM existing)::int AS "withExisting",
             (SELECT count(*) FROM existing)::int AS "existingEntries",
             (SELECT count(*) FROM existing
               WHERE start_date < ${choice.startDate}::date OR end_date > ${choice.endDate}::date)::int AS "reachingBeyond"`,
    db.$queryRaw<Omit<PreviewLocation, 'outcome'>[]>`
      SELECT l.id, l.name, l.store_code AS "storeCode", l.city, coalesce(e.entries, '[]'::json) AS existing
      FROM locations l
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object(
                 'startDate', to_char(h.start_date, 'YYYY-MM-DD'), 'endDate', to_char(h.end_date, 'YYYY-MM-DD'),
                 'closed', h.closed, 'ranges', h.ranges, 'note', h.note) ORDER BY h.start_date, h.id) AS entries
        FROM location_special_hours h WHERE h.location_id = l.id AND ${overlaps}
      ) e ON true
      WHERE ${where}
      ORDER BY e.entries IS NULL, l.name, l.store_code, l.id
      LIMIT ${previewPageSize} OFFSET ${(page - 1) * previewPageSize}`,
  ]);
  const total = totals[0]!;
  const replace = choice.onExisting === 'REPLACE';
  return {
    ...total,
    toSet: replace ? total.locations : total.locations - total.withExisting,
    toSkip: replace ? 0 : total.withExisting,
    toReplace: replace ? total.existingEntries : 0,
    overLimit: total.locations > maxBatchLocations,
    page,
    pageCount: Math.max(1, Math.ceil(total.locations / previewPageSize)),
    items: rows.map((row) => ({
      ...row,
      outcome: row.existing.length === 0 ? 'set' : replace ? 'replace' : 'skip',
    })),
  };
}
