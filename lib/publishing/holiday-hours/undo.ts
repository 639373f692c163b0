import 'server-only';
import { z } from 'zod';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { emitBatchLocationEvents, lockBatches } from './apply';
import { visibleBatchSql } from './batches';

// Undoing a batch, as one step in one transaction: at every location of the batch its entry goes
// and the entries it replaced come back (with their ids). Safe only while each of those locations
// still has, in the batch's period and on the days of the replaced entries, exactly the batch's
// entry and nothing else. Otherwise someone changed the special hours there since (the location
// form, the API, an import, or a later batch that replaced this one's entry), and undo would
// overwrite their work or leave two entries on one day: it is refused as a whole, naming the
// locations. A later batch is undone first; a location saved with its form but unchanged special
// hours still matches (the comparison is by content, not by row). Deleted locations are passed
// over; archived ones are restored like the others.

const conflictExamples = 5;

export async function undoHolidayHours(member: MemberContext, batchId: string) {
  assertRole(member, 'MANAGER');
  if (!z.uuid().safeParse(batchId).success) throw new AppError('NOT_FOUND');
  const organisationId = member.organisation.id;
  return db.$transaction(
    async (tx) => {
      await lockBatches(tx, organisationId);
      const [batch] = await tx.$queryRaw<
        { id: string; undoneAt: Date | null; startDate: string; endDate: string; locationCount: number }[]
      >`
        SELECT b.id, b.undone_at AS "undoneAt", to_char(b.start_date, 'YYYY-MM-DD') AS "startDate",
               to_char(b.end_date, 'YYYY-MM-DD') AS "endDate", b.location_count AS "locationCount"
        FROM special_hours_batches b
        WHERE b.id = ${batchId}::uuid AND ${visibleBatchSql(member, 'b')}
        FOR UPDATE OF b`;
      if (!batch) throw new AppError('NOT_FOUND');
      if (batch.undoneAt) throw new AppError('CONFLICT', { messageKey: 'holidayHours.errors.alreadyUndone' });

      const changed = await changedLocations(tx, batchId, batch);
      if (changed.length > 0) {
        throw new AppError('CONFLICT', {
          messageKey: 'holidayHours.errors.changedSince',
          params: {
            count: changed[0]!.total,
            examples: changed.map((row) => `${row.name} (${row.storeCode})`).join(', '),
          },
        });
      }

      const counts = await restoreReplaced(tx, member, batchId, batch);
      await recordMemberEvent(
        member,
        {
          action: 'special_hours.batch_undone',
          target: { type: 'special_hours_batch', id: batchId },
          details: {
            startDate: batch.startDate,
            endDate: batch.endDate,
            removed: counts.removed,
            restored: counts.restored,
          },
        },
        tx,
      );
      await emitBatchLocationEvents(tx, organisationId, batchId);
      return { id: batchId, removed: counts.removed, restored: counts.restored };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

type UndoneBatch = { startDate: string; endDate: string };

// Per location: the days to check (the period and the replaced entries' days) and whether
// exactly the batch's entry lies there.
async function changedLocations(tx: Transaction, batchId: string, batch: UndoneBatch) {
  return tx.$queryRaw<{ name: string; storeCode: string; total: number }[]>`
    WITH bl AS (
      SELECT bl.location_id, bl.replaced,
             least(${batch.startDate}::date, min((r->>'startDate')::date)) AS from_date,
             greatest(${batch.endDate}::date, max((r->>'endDate')::date)) AS to_date
      FROM special_hours_batch_locations bl
      LEFT JOIN LATERAL jsonb_array_elements(bl.replaced) r ON true
      WHERE bl.batch_id = ${batchId}::uuid
      GROUP BY bl.location_id, bl.replaced
    ),
    differing AS (
      SELECT bl.location_id FROM bl
      CROSS JOIN special_hours_batches b
      WHERE b.id = ${batchId}::uuid AND (
        (SELECT count(*) FROM location_special_hours h WHERE h.location_id = bl.location_id
           AND h.start_date <= bl.to_date AND h.end_date >= bl.from_date) <> 1
        OR NOT EXISTS (SELECT 1 FROM location_special_hours h WHERE h.location_id = bl.location_id
           AND h.start_date = b.start_date AND h.end_date = b.end_date AND h.closed = b.closed
           AND h.ranges = b.ranges AND h.note IS NOT DISTINCT FROM b.note))
    )
    SELECT l.name, l.store_code AS "storeCode", (count(*) OVER ())::int AS total
    FROM differing d JOIN locations l ON l.id = d.location_id
    ORDER BY l.name, l.store_code LIMIT ${conflictExamples}`;
}

/** Removes the batch's entries and puts back the ones it replaced; marks the batch undone. */
async function restoreReplaced(tx: Transaction, member: MemberContext, batchId: string, batch: UndoneBatch) {
  const [counts] = await tx.$queryRaw<{ removed: number; restored: number }[]>`
    WITH bl AS (SELECT location_id, replaced FROM special_hours_batch_locations WHERE batch_id = ${batchId}::uuid),
    removed AS (
      DELETE FROM location_special_hours h USING bl
      WHERE h.location_id = bl.location_id
        AND h.start_date <= ${batch.endDate}::date AND h.end_date >= ${batch.startDate}::date
      RETURNING h.id
    ),
    restored AS (
      INSERT INTO location_special_hours (id, location_id, start_date, end_date, closed, ranges, note, batch_id)
      SELECT (r->>'id')::uuid, bl.location_id, (r->>'startDate')::date, (r->>'endDate')::date,
             (r->>'closed')::boolean, coalesce(r->'ranges', '[]'::jsonb), r->>'note',
             (SELECT earlier.id FROM special_hours_batches earlier WHERE earlier.id = (r->>'batchId')::uuid)
      FROM bl CROSS JOIN LATERAL jsonb_array_elements(bl.replaced) r
      RETURNING id
    ),
    marked AS (
      UPDATE special_hours_batches SET undone_at = now(),
        undone_by_user_id = ${member.actor.kind === 'member' ? member.actor.userId : null}::uuid,
        undone_by_label = ${member.actor.kind === 'apiToken' ? member.actor.name : null}
      WHERE id = ${batchId}::uuid
    )
    SELECT (SELECT count(*) FROM removed)::int AS removed, (SELECT count(*) FROM restored)::int AS restored`;
  return counts!;
}
