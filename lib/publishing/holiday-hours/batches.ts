import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { isGroupLimited, locationScopeSql } from '@/lib/access/location-scope';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import type { HolidayHoursExisting, HolidayHoursScope } from './choices';

// The recorded batches, newest first. A manager limited to location groups sees (and may undo)
// only batches all of whose locations are theirs; anyone else of the organisation's owners and
// managers sees every batch.

export const batchesPageSize = 20;

/** The batch row aliased `alias` is the organisation's and, for a limited manager, wholly theirs. */
export function visibleBatchSql(member: MemberContext, alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`visibleBatchSql: bad alias ${alias}`);
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const organisation = Prisma.sql`${column('organisation_id')} = ${member.organisation.id}::uuid`;
  if (!isGroupLimited(member)) return organisation;
  return Prisma.sql`${organisation} AND NOT EXISTS (
    SELECT 1 FROM special_hours_batch_locations visible_bl JOIN locations l ON l.id = visible_bl.location_id
    WHERE visible_bl.batch_id = ${column('id')} AND NOT (${locationScopeSql(member, 'l')}))`;
}

export type SpecialHoursBatchView = {
  id: string;
  createdAt: Date;
  createdBy: string | null;
  startDate: string;
  endDate: string;
  closed: boolean;
  ranges: { opens: string; closes: string }[];
  note: string | null;
  holidayRegion: string | null;
  holidayName: string | null;
  scope: HolidayHoursScope;
  scopeValue: string | null;
  scopeGroupId: string | null;
  onExisting: HolidayHoursExisting;
  locationCount: number;
  replacedCount: number;
  skippedCount: number;
  undoneAt: Date | null;
  undoneBy: string | null;
};

const batchColumns = Prisma.sql`
  b.id, b.created_at AS "createdAt", coalesce(cu.name, b.created_by_label) AS "createdBy",
  to_char(b.start_date, 'YYYY-MM-DD') AS "startDate", to_char(b.end_date, 'YYYY-MM-DD') AS "endDate",
  b.closed, b.ranges, b.note, b.holiday_region AS "holidayRegion", b.holiday_name AS "holidayName",
  b.scope::text AS scope, b.scope_value AS "scopeValue", b.scope_group_id AS "scopeGroupId",
  b.on_existing::text AS "onExisting", b.location_count AS "locationCount",
  b.replaced_count AS "replacedCount", b.skipped_count AS "skippedCount", b.undone_at AS "undoneAt",
  coalesce(uu.name, b.undone_by_label) AS "undoneBy"`;

const batchJoins = Prisma.sql`
  LEFT JOIN users cu ON cu.id = b.created_by_user_id LEFT JOIN users uu ON uu.id = b.undone_by_user_id`;

/** One page of batches, newest first, with the total: one statement. */
export async function listSpecialHoursBatches(member: MemberContext, page = 1) {
  assertRole(member, 'MANAGER');
  const rows = await db.$queryRaw<(SpecialHoursBatchView & { total: number })[]>`
    SELECT ${batchColumns}, (count(*) OVER ())::int AS total
    FROM special_hours_batches b ${batchJoins}
    WHERE ${visibleBatchSql(member, 'b')}
    ORDER BY b.created_at DESC, b.id
    LIMIT ${batchesPageSize} OFFSET ${(page - 1) * batchesPageSize}`;
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map(({ total: _total, ...row }) => row),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / batchesPageSize)),
  };
}

export async function getSpecialHoursBatch(member: MemberContext, batchId: string) {
  assertRole(member, 'MANAGER');
  if (!z.uuid().safeParse(batchId).success) throw new AppError('NOT_FOUND');
  const [row] = await db.$queryRaw<SpecialHoursBatchView[]>`
    SELECT ${batchColumns} FROM special_hours_batches b ${batchJoins}
    WHERE b.id = ${batchId}::uuid AND ${visibleBatchSql(member, 'b')}`;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
