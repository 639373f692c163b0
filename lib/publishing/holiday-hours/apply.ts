import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { emitWebhookEvents } from '@/lib/webhooks/emit';
import { locationsEventData } from '@/lib/webhooks/location-data';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { maxBatchLocations } from './choices';
import type { HolidayHoursChoice } from './schemas';
import { overlapsPeriodSql, targetLocationsWhere } from './target-locations';

// Applying a batch: one transaction, all or nothing. The chosen locations are locked (a location
// form saved meanwhile waits, then replaces the location's rows as usual), the batch is recorded,
// each location gets its row in the batch with the entries it loses, those entries go and the new
// one is written with the batch's id: four statements whatever the number of locations, plus the
// audit entry and the webhook events. Batches of one organisation take turns (an advisory lock),
// so an apply never sees half of another's or of an undo.

export const batchLockKey = (organisationId: string) => `special-hours-batch:${organisationId}`;

export async function lockBatches(tx: Transaction, organisationId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${batchLockKey(organisationId)}, 0))`;
}

export type AppliedBatch = { id: string; locationCount: number; replacedCount: number; skippedCount: number };

export async function applyHolidayHours(
  member: MemberContext,
  choice: HolidayHoursChoice,
): Promise<AppliedBatch> {
  assertRole(member, 'MANAGER');
  const where = await targetLocationsWhere(member, choice);
  const batchId = randomUUID();
  const organisationId = member.organisation.id;
  return db.$transaction(
    async (tx) => {
      await lockBatches(tx, organisationId);
      const [locked] = await tx.$queryRaw<{ count: number; withExisting: number }[]>`
        WITH targets AS (SELECT l.id FROM locations l WHERE ${where} ORDER BY l.id FOR NO KEY UPDATE OF l)
        SELECT count(*)::int AS count, (count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM location_special_hours h WHERE h.location_id = targets.id AND ${overlapsPeriodSql(choice)})))::int AS "withExisting"
        FROM targets`;
      assertSomethingToApply(choice, locked!);
      const counts = await writeBatch(tx, member, choice, batchId, where);
      const applied = {
        id: batchId,
        locationCount: counts.chosen,
        replacedCount: counts.replaced,
        skippedCount: counts.skipped,
      };
      await recordApplied(tx, member, choice, applied);
      await emitBatchLocationEvents(tx, organisationId, batchId);
      return applied;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/**
 * The batch, its locations with the entries they lose, the removal and the new entries: one
 * statement (data-modifying CTEs see one snapshot, so "existing" is what was there before).
 */
async function writeBatch(
  tx: Transaction,
  member: MemberContext,
  choice: HolidayHoursChoice,
  batchId: string,
  where: Prisma.Sql,
) {
  const overlaps = overlapsPeriodSql(choice);
  const replace = choice.onExisting === 'REPLACE';
  const organisationId = member.organisation.id;
  const scopeValue = choice.scopeValue ?? (await groupNameOf(tx, choice));
  const [counts] = await tx.$queryRaw<{ chosen: number; replaced: number; skipped: number }[]>`
        WITH targets AS (SELECT l.id FROM locations l WHERE ${where}),
        existing AS (
          SELECT h.* FROM location_special_hours h JOIN targets t ON t.id = h.location_id WHERE ${overlaps}
        ),
        chosen AS (
          SELECT t.id FROM targets t
          WHERE ${replace} OR NOT EXISTS (SELECT 1 FROM existing e WHERE e.location_id = t.id)
        ),
        batch AS (
          INSERT INTO special_hours_batches (id, organisation_id, created_by_user_id, created_by_label,
            start_date, end_date, closed, ranges, note, holiday_region, holiday_name, scope, scope_value,
            scope_group_id, on_existing, location_count, replaced_count, skipped_count)
          SELECT ${batchId}::uuid, ${organisationId}::uuid, ${member.actor.kind === 'member' ? member.actor.userId : null}::uuid,
            ${member.actor.kind === 'apiToken' ? member.actor.name : null}, ${choice.startDate}::date,
            ${choice.endDate}::date, ${choice.closed}, ${JSON.stringify(choice.ranges)}::jsonb, ${choice.note},
            ${choice.holiday?.region ?? null}, ${choice.holiday?.name ?? null},
            ${choice.scope}::"SpecialHoursBatchScope", ${scopeValue},
            ${choice.groupId}::uuid, ${choice.onExisting}::"SpecialHoursBatchExisting",
            (SELECT count(*) FROM chosen),
            CASE WHEN ${replace} THEN (SELECT count(*) FROM existing) ELSE 0 END,
            CASE WHEN ${replace} THEN 0 ELSE (SELECT count(*) FROM targets) - (SELECT count(*) FROM chosen) END
          RETURNING location_count, replaced_count, skipped_count
        ),
        recorded AS (
          INSERT INTO special_hours_batch_locations (batch_id, location_id, replaced)
          SELECT ${batchId}::uuid, c.id, coalesce((
            SELECT jsonb_agg(jsonb_build_object('id', e.id, 'startDate', to_char(e.start_date, 'YYYY-MM-DD'),
                     'endDate', to_char(e.end_date, 'YYYY-MM-DD'), 'closed', e.closed, 'ranges', e.ranges,
                     'note', e.note, 'batchId', e.batch_id) ORDER BY e.start_date, e.id)
            FROM existing e WHERE e.location_id = c.id), '[]'::jsonb)
          FROM chosen c
        ),
        removed AS (
          DELETE FROM location_special_hours h USING existing e WHERE ${replace} AND h.id = e.id
        ),
        created AS (
          INSERT INTO location_special_hours (id, location_id, start_date, end_date, closed, ranges, note, batch_id)
          SELECT gen_random_uuid(), c.id, ${choice.startDate}::date, ${choice.endDate}::date, ${choice.closed},
                 ${JSON.stringify(choice.ranges)}::jsonb, ${choice.note}, ${batchId}::uuid
          FROM chosen c
        )
        SELECT location_count AS chosen, replaced_count AS replaced, skipped_count AS skipped FROM batch`;
  return counts!;
}

function recordApplied(
  tx: Transaction,
  member: MemberContext,
  choice: HolidayHoursChoice,
  applied: AppliedBatch,
) {
  return recordMemberEvent(
    member,
    {
      action: 'special_hours.batch_applied',
      target: { type: 'special_hours_batch', id: applied.id },
      details: {
        startDate: choice.startDate,
        endDate: choice.endDate,
        holiday: choice.holiday?.name ?? null,
        closed: choice.closed,
        scope: choice.scope,
        onExisting: choice.onExisting,
        locations: applied.locationCount,
        replaced: applied.replacedCount,
        skipped: applied.skippedCount,
      },
    },
    tx,
  );
}

/** Refuses a batch that would set nothing, or touch more locations than one batch may. */
function assertSomethingToApply(choice: HolidayHoursChoice, locked: { count: number; withExisting: number }) {
  if (locked.count === 0) throw new AppError('CONFLICT', { messageKey: 'holidayHours.errors.noLocations' });
  if (locked.count > maxBatchLocations) {
    throw new AppError('CONFLICT', {
      messageKey: 'holidayHours.errors.tooManyLocations',
      params: { count: locked.count, max: maxBatchLocations },
    });
  }
  if (choice.onExisting === 'SKIP' && locked.withExisting === locked.count) {
    throw new AppError('CONFLICT', { messageKey: 'holidayHours.errors.nothingToApply' });
  }
}

/** The group's name as the batch records its choice (the group may be renamed or deleted later). */
async function groupNameOf(tx: Transaction, choice: HolidayHoursChoice) {
  if (!choice.groupId) return null;
  const group = await tx.locationGroup.findUnique({ where: { id: choice.groupId }, select: { name: true } });
  return group?.name ?? null;
}

/** location.updated for each location of the batch, when an endpoint listens (lib/webhooks/emit.ts). */
export async function emitBatchLocationEvents(tx: Transaction, organisationId: string, batchId: string) {
  await emitWebhookEvents(tx, organisationId, 'location.updated', async (reader) => {
    const rows = await reader.$queryRaw<{ storeCode: string }[]>`
      SELECT l.store_code AS "storeCode" FROM special_hours_batch_locations bl
      JOIN locations l ON l.id = bl.location_id WHERE bl.batch_id = ${batchId}::uuid ORDER BY l.store_code`;
    return locationsEventData(
      organisationId,
      rows.map((row) => row.storeCode),
    )(reader);
  });
}
