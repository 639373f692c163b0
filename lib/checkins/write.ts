import 'server-only';
import { db, type Transaction } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError, isAppError } from '@/lib/errors';
import {
  actingMembershipId,
  actingUserId,
  assertRole,
  type MemberContext,
} from '@/lib/access/member-context';
import { emitWebhookEvent } from '@/lib/webhooks/emit';
import { formatIsoWeek, toUtcDate, weekStartOf, type IsoWeek, type PlainDate } from '@/lib/weeks/iso-week';
import { checkInSchedule, findCheckInLocation, type CheckInLocation } from './access';
import { comparableInput, linesWithMinutes, sameContent } from './content';
import { markListingsRechecked } from './recheck';
import { readCheckIn, type CheckInRecord } from './records';
import { assertContentAllowed, assertWeekNotInFuture } from './rules';
import type { CheckInContent, CheckInPut } from './schemas';

// Writing a week's check-in. Each function runs in one transaction with the check-in's row
// locked, so nothing is half-written and two writers take turns: the form names the version it
// edited (0 for a new one) and a stale one writes nothing; two first saves of the same week meet
// at the unique key (location, week) and the second one is stale too, never a second row.
// A submitted week changes only after a manager reopens it.

type Locked = { id: string; version: number; status: 'DRAFT' | 'SUBMITTED'; recheckedPlatformIds: string[] };

type Target = { location: CheckInLocation; week: IsoWeek; weekStart: PlainDate; timeZone: string };

const stale = () => new AppError('CONFLICT', { messageKey: 'checkins.errors.stale' });
const locked = () => new AppError('CONFLICT', { messageKey: 'checkins.errors.locked' });

/** A write refused because someone saved a newer version in between (the other CONFLICT: locked). */
export function isStale(error: unknown) {
  return isAppError(error, 'CONFLICT') && error.messageKey === 'checkins.errors.stale';
}

async function lockCheckIn(tx: Transaction, member: MemberContext, target: Target): Promise<Locked | null> {
  const [row] = await tx.$queryRaw<Locked[]>`
    SELECT id, version, status::text AS status,
           COALESCE(rechecked_platform_ids, '{}')::text[] AS "recheckedPlatformIds"
    FROM check_ins
    WHERE organisation_id = ${member.organisation.id}::uuid AND location_id = ${target.location.id}::uuid
      AND week_start = ${target.weekStart}::date
    FOR UPDATE`;
  return row ?? null;
}

/** Resolves the location (NOT_FOUND unless the member may write it) and the organisation's clock. */
async function resolveTarget(member: MemberContext, locationId: string, week: IsoWeek): Promise<Target> {
  const [location, schedule] = await Promise.all([
    findCheckInLocation(member, locationId),
    checkInSchedule(member),
  ]);
  return { location, week, weekStart: weekStartOf(week), timeZone: schedule.timeZone };
}

/**
 * Resolves the target, runs `guard` on it (a rule that needs no database, checked before the
 * transaction) and then `write` in one transaction with the week's check-in row locked (null when
 * the week has none yet).
 */
async function writeLocked<T>(
  member: MemberContext,
  locationId: string,
  week: IsoWeek,
  guard: (target: Target) => void,
  write: (tx: Transaction, target: Target, existing: Locked | null) => Promise<T>,
): Promise<T> {
  const target = await resolveTarget(member, locationId, week);
  guard(target);
  return db.$transaction(async (tx) => write(tx, target, await lockCheckIn(tx, member, target)));
}

/** The guard of every write of content: no weeks after the current one. */
const notInFuture = (now: Date) => (target: Target) =>
  assertWeekNotInFuture(target.week, target.timeZone, now);

/** Changes a stored check-in's fields and counts the change in its version. */
async function updateCheckIn(
  tx: Transaction,
  id: string,
  data: Omit<Prisma.CheckInUncheckedUpdateInput, 'version'>,
) {
  await tx.checkIn.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
}

type Submission = { status: 'DRAFT' | 'SUBMITTED' };

/**
 * Stores the content: creates the check-in (attributed to the location's assignee, else the
 * writer) or updates it with the next version, replaces its minute lines and marks newly ticked
 * listings as re-checked. Stale (CONFLICT) when a concurrent first save created the row first.
 */
async function storeContent(
  tx: Transaction,
  member: MemberContext,
  target: Target,
  existing: Locked | null,
  content: CheckInContent,
  submission?: Submission,
): Promise<void> {
  const fields = {
    postsPublished: content.postsPublished,
    reviewsAnswered: content.reviewsAnswered,
    recheckedPlatformIds: content.recheckedPlatformIds,
    notes: content.notes ?? null,
    blockers: content.blockers ?? null,
    ...(submission?.status === 'SUBMITTED'
      ? { status: 'SUBMITTED' as const, submittedAt: new Date(), submittedById: actingUserId(member) }
      : {}),
  };
  let id: string;
  if (existing) {
    await updateCheckIn(tx, existing.id, fields);
    await tx.checkInMinutes.deleteMany({ where: { checkInId: existing.id } });
    id = existing.id;
  } else {
    const [created] = await tx.checkIn.createManyAndReturn({
      data: [
        {
          ...fields,
          organisationId: member.organisation.id,
          locationId: target.location.id,
          weekStart: toUtcDate(target.weekStart),
          membershipId: target.location.assignedMembershipId ?? actingMembershipId(member),
        },
      ],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!created) throw stale();
    id = created.id;
  }
  const lines = linesWithMinutes(content.minutes);
  if (lines.length > 0)
    await tx.checkInMinutes.createMany({ data: lines.map((line) => ({ checkInId: id, ...line })) });
  if (submission?.status === 'SUBMITTED') await emitSubmitted(tx, member, target, id);
  const already = new Set(existing?.recheckedPlatformIds ?? []);
  await markListingsRechecked(
    tx,
    member,
    target.location.id,
    content.recheckedPlatformIds.filter((platformId) => !already.has(platformId)),
  );
}

/** checkin.submitted for the organisation's webhook endpoints, in the submitting transaction. */
function emitSubmitted(tx: Transaction, member: MemberContext, target: Target, checkInId: string) {
  return emitWebhookEvent(tx, member.organisation.id, 'checkin.submitted', {
    checkIn: {
      id: checkInId,
      locationId: target.location.id,
      week: formatIsoWeek(target.week),
      weekStart: target.weekStart,
      submittedAt: new Date().toISOString(),
    },
  });
}

async function currentRecord(member: MemberContext, target: Target, tx?: Transaction) {
  return (await readCheckIn(
    member.organisation.id,
    target.location.id,
    target.weekStart,
    tx,
  )) as CheckInRecord;
}

/**
 * Saves the form's draft. `input.version` is the version the editor loaded (0: none yet); a
 * newer stored one answers CONFLICT 'checkins.errors.stale' and writes nothing.
 */
export async function saveCheckInDraft(
  member: MemberContext,
  locationId: string,
  week: IsoWeek,
  input: CheckInContent & { version: number },
  now: Date = new Date(),
): Promise<CheckInRecord> {
  return writeLocked(member, locationId, week, notInFuture(now), async (tx, target, existing) => {
    if (existing?.status === 'SUBMITTED') throw locked();
    if ((existing?.version ?? 0) !== input.version) throw stale();
    await assertContentAllowed(tx, member, { ...target, locationId: target.location.id }, input);
    await storeContent(tx, member, target, existing, input);
    return currentRecord(member, target, tx);
  });
}

/**
 * Submits the week and so locks it. Submitting a week that is already submitted changes nothing
 * (a double click, a second tab). A week without a check-in yet can be submitted empty with
 * version 0: nothing was done that week.
 */
export async function submitCheckIn(
  member: MemberContext,
  locationId: string,
  week: IsoWeek,
  version: number,
  now: Date = new Date(),
): Promise<CheckInRecord> {
  return writeLocked(member, locationId, week, notInFuture(now), async (tx, target, existing) => {
    if (existing?.status === 'SUBMITTED') return currentRecord(member, target, tx);
    if ((existing?.version ?? 0) !== version) throw stale();
    if (existing) {
      await updateCheckIn(tx, existing.id, {
        status: 'SUBMITTED',
        submittedAt: new Date(),
        submittedById: actingUserId(member),
      });
      await emitSubmitted(tx, member, target, existing.id);
    } else {
      const empty = { minutes: [], postsPublished: 0, reviewsAnswered: 0, recheckedPlatformIds: [] };
      await storeContent(tx, member, target, null, empty, { status: 'SUBMITTED' });
    }
    return currentRecord(member, target, tx);
  });
}

/** Managers and owners reopen a submitted week for changes; an open week stays as it is. */
export async function reopenCheckIn(
  member: MemberContext,
  locationId: string,
  week: IsoWeek,
): Promise<CheckInRecord> {
  const managersOnly = () => assertRole(member, 'MANAGER');
  return writeLocked(member, locationId, week, managersOnly, async (tx, target, existing) => {
    if (!existing) throw new AppError('NOT_FOUND');
    if (existing.status === 'SUBMITTED')
      await updateCheckIn(tx, existing.id, {
        status: 'DRAFT',
        reopenedAt: new Date(),
        reopenedById: actingUserId(member),
      });
    return currentRecord(member, target, tx);
  });
}

/**
 * Replaces the whole check-in with `input` and the status `intent` asks for, in the caller's
 * transaction. The same content again changes nothing (not even the version) unless the status
 * changes too. A submitted week answers with itself when asked for exactly what it holds, and
 * CONFLICT 'checkins.errors.locked' for anything else. A form names the version it edited; it
 * counts only when the content differs: content stored a moment earlier by the form's own
 * autosave (a newer version than the post names) is not a conflict.
 */
async function replaceCheckIn(
  tx: Transaction,
  member: MemberContext,
  target: Target,
  existing: Locked | null,
  input: CheckInContent,
  intent: { status: 'DRAFT' | 'SUBMITTED'; version?: number },
): Promise<CheckInRecord> {
  const stored = existing ? await currentRecord(member, target, tx) : null;
  const unchanged = stored !== null && sameContent(stored, comparableInput(input));
  if (stored?.status === 'SUBMITTED') {
    if (unchanged && intent.status === 'SUBMITTED') return stored;
    throw locked();
  }
  if (!unchanged && intent.version !== undefined && (existing?.version ?? 0) !== intent.version)
    throw stale();
  if (unchanged && stored?.status === intent.status) return stored;
  await assertContentAllowed(tx, member, { ...target, locationId: target.location.id }, input);
  await storeContent(tx, member, target, existing, input, { status: intent.status });
  return currentRecord(member, target, tx);
}

/**
 * The form's "Abschließen": stores what the form shows and submits the week, in one transaction.
 * `input.version` is the version the form edited; a newer stored one is stale (CONFLICT
 * 'checkins.errors.stale') unless it holds exactly this content, as after the form's autosave.
 */
export async function submitCheckInForm(
  member: MemberContext,
  locationId: string,
  week: IsoWeek,
  input: CheckInContent & { version: number },
  now: Date = new Date(),
): Promise<CheckInRecord> {
  return writeLocked(member, locationId, week, notInFuture(now), (tx, target, existing) =>
    replaceCheckIn(tx, member, target, existing, input, { status: 'SUBMITTED', version: input.version }),
  );
}

/**
 * PUT /api/v1/locations/{id}/checkins/{week}: replaces the whole check-in, idempotently. The same
 * request again changes nothing (not even the version). A submitted week answers with itself when
 * the request equals it, and CONFLICT 'checkins.errors.locked' when it would change it.
 */
export async function putCheckIn(
  member: MemberContext,
  locationId: string,
  week: IsoWeek,
  input: CheckInPut,
  now: Date = new Date(),
): Promise<CheckInRecord> {
  return writeLocked(member, locationId, week, notInFuture(now), (tx, target, existing) =>
    replaceCheckIn(tx, member, target, existing, input, { status: input.status }),
  );
}
