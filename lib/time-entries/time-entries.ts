import 'server-only';
import { locationScopeWhere } from '@/lib/access/location-scope';
import { tz } from '@date-fns/tz';
import { subYears } from 'date-fns';
import { z } from 'zod';
import { recordMemberEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { enabledPlatformsSql } from '@/lib/listings/platforms';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import {
  isoWeekOfDate,
  minutesInWeek,
  mondayOf,
  toPlainDate,
  todayIn,
  toUtcDate,
  type PlainDate,
} from '@/lib/weeks/iso-week';
import { minutesInDay } from './day-length';
import { readTimeEntries, visibleEntriesSql, type TimeEntryRecord } from './records';
import type { TimeEntryCreate } from './schemas';

// Time logged as it happens: a member spent so many minutes on a location's platform on a day.
// Entries count towards the week's community minutes beside the check-in (the community_minutes
// view), so the week's rules hold for them too: nothing is added to a submitted week, a member's
// day has no more minutes than the clock, a location's week no more than the week.
//
// Bad values the schema cannot judge alone (a future date, a platform switched off, too many
// minutes with what is stored) are thrown as a ZodError naming the field, like the schema's own:
// the API answers 422 with `fields`, the form shows them on the field.

/** Entries older than this are history: nobody logs time two years after the fact. */
const oldestYearsBack = 2;

type Issue = { field: keyof TimeEntryCreate; key: string; input: unknown };

function validationError(issues: Issue[]) {
  return new z.ZodError(
    issues.map(({ field, key, input }) => ({
      code: 'custom' as const,
      path: [field],
      message: `timeEntries.errors.${key}`,
      input,
    })),
  );
}

/** A non-archived location the member sees (limited managers: of their groups); for staff only one assigned to them. */
async function findWritableLocation(tx: Transaction, member: MemberContext, locationId: string) {
  const location = await tx.location.findFirst({
    where: {
      id: locationId,
      ...locationScopeWhere(member),
      archivedAt: null,
      ...(hasRole(member, 'MANAGER') ? {} : { assignedMembershipId: member.membershipId }),
    },
    select: { id: true, assignedMembershipId: true },
  });
  if (!location)
    throw new AppError('NOT_FOUND', {
      messageKey: 'timeEntries.errors.locationNotFound',
      field: 'locationId',
    });
  return location;
}

/**
 * Whose time it is. Staff log only their own; managers anyone's in the organisation. Without a
 * choice: the signed-in member, or for an API token (which is nobody's membership) the location's
 * assigned member.
 */
async function resolveMembershipId(
  tx: Transaction,
  member: MemberContext,
  chosen: string | null | undefined,
  assignedMembershipId: string | null,
): Promise<string> {
  if (!chosen) {
    if (member.membershipId) return member.membershipId;
    if (assignedMembershipId) return assignedMembershipId;
    throw validationError([{ field: 'membershipId', key: 'memberRequired', input: chosen }]);
  }
  if (!hasRole(member, 'MANAGER')) {
    if (chosen === member.membershipId) return chosen;
    throw new AppError('FORBIDDEN', { messageKey: 'timeEntries.errors.onlyOwnTime', field: 'membershipId' });
  }
  const found = await tx.membership.findFirst({
    where: { id: chosen, organisationId: member.organisation.id },
    select: { id: true },
  });
  if (!found)
    throw new AppError('NOT_FOUND', {
      messageKey: 'timeEntries.errors.memberInvalid',
      field: 'membershipId',
    });
  return found.id;
}

/** The earliest date that may still be logged: two years before today. */
export function oldestLoggableDate(today: PlainDate): PlainDate {
  return toPlainDate(subYears(toUtcDate(today), oldestYearsBack, { in: tz('UTC') }));
}

async function inputIssues(tx: Transaction, member: MemberContext, input: TimeEntryCreate, now: Date) {
  const issues: Issue[] = [];
  const today = todayIn(member.organisation.timeZone, now);
  if (input.date > today) issues.push({ field: 'date', key: 'dateInFuture', input: input.date });
  else if (input.date < oldestLoggableDate(today))
    issues.push({ field: 'date', key: 'dateTooOld', input: input.date });
  const enabled = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM (${enabledPlatformsSql(member.organisation.id)}) e WHERE e.id = ${input.platformId}::uuid`;
  if (enabled.length === 0)
    issues.push({ field: 'platformId', key: 'platformNotEnabled', input: input.platformId });
  return issues;
}

/**
 * Serialises writers of the same location or member (so two entries cannot both squeeze into the
 * last free minutes) and holds the week's check-in against a concurrent submit.
 */
async function lockWeek(tx: Transaction, locationId: string, membershipId: string, weekStart: PlainDate) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`time-entries:location:${locationId}`}, 0))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`time-entries:member:${membershipId}`}, 0))`;
  const checkIns = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM check_ins
    WHERE location_id = ${locationId}::uuid AND week_start = ${weekStart}::date FOR SHARE`;
  if (checkIns[0]?.status === 'SUBMITTED')
    throw new AppError('CONFLICT', { messageKey: 'timeEntries.errors.weekLocked', field: 'date' });
}

async function assertRoomFor(
  tx: Transaction,
  member: MemberContext,
  entry: { locationId: string; membershipId: string; date: PlainDate; weekStart: PlainDate; minutes: number },
) {
  const organisationId = member.organisation.id;
  const [used] = await tx.$queryRaw<{ day: number; week: number }[]>`
    SELECT
      (SELECT COALESCE(SUM(minutes), 0)::int FROM time_entries
       WHERE organisation_id = ${organisationId}::uuid AND membership_id = ${entry.membershipId}::uuid
         AND entry_date = ${entry.date}::date) AS day,
      (SELECT COALESCE(SUM(minutes), 0)::int FROM community_minutes
       WHERE organisation_id = ${organisationId}::uuid AND location_id = ${entry.locationId}::uuid
         AND week_start = ${entry.weekStart}::date) AS week`;
  const timeZone = member.organisation.timeZone;
  const issues: Issue[] = [];
  if ((used?.day ?? 0) + entry.minutes > minutesInDay(entry.date, timeZone))
    issues.push({ field: 'minutes', key: 'dayFull', input: entry.minutes });
  else if ((used?.week ?? 0) + entry.minutes > minutesInWeek(isoWeekOfDate(entry.date), timeZone))
    issues.push({ field: 'minutes', key: 'weekFull', input: entry.minutes });
  if (issues.length > 0) throw validationError(issues);
}

/** Logs time; everything is checked and written in one transaction, nothing is written on an error. */
export async function createTimeEntry(
  member: MemberContext,
  input: TimeEntryCreate,
  now: Date = new Date(),
): Promise<TimeEntryRecord> {
  return db.$transaction(async (tx) => {
    const location = await findWritableLocation(tx, member, input.locationId);
    const membershipId = await resolveMembershipId(
      tx,
      member,
      input.membershipId,
      location.assignedMembershipId,
    );
    const issues = await inputIssues(tx, member, input, now);
    if (issues.length > 0) throw validationError(issues);
    const weekStart = mondayOf(input.date);
    await lockWeek(tx, location.id, membershipId, weekStart);
    await assertRoomFor(tx, member, {
      locationId: location.id,
      membershipId,
      date: input.date,
      weekStart,
      minutes: input.minutes,
    });
    const { id } = await tx.timeEntry.create({
      data: {
        organisationId: member.organisation.id,
        locationId: location.id,
        membershipId,
        entryDate: toUtcDate(input.date),
        weekStart: toUtcDate(weekStart),
        minutes: input.minutes,
        platformId: input.platformId,
        activity: input.activity,
        note: input.note ?? null,
      },
      select: { id: true },
    });
    const [created] = await readTimeEntries(
      member.organisation.id,
      { condition: Prisma.sql`t.id = ${id}::uuid`, order: 'recent' },
      tx,
    );
    return created!;
  });
}

/** Deletes an entry: one's own, or anyone's for managers; never in a submitted week. */
export async function deleteTimeEntry(member: MemberContext, entryId: string) {
  if (!z.uuid().safeParse(entryId).success) throw new AppError('NOT_FOUND');
  await db.$transaction(async (tx) => {
    const [entry] = await tx.$queryRaw<
      { locationId: string; membershipId: string | null; weekStart: Date; entryDate: Date; minutes: number }[]
    >`
      SELECT t.location_id AS "locationId", t.membership_id AS "membershipId", t.week_start AS "weekStart",
             t.entry_date AS "entryDate", t.minutes
      FROM time_entries t
      WHERE t.id = ${entryId}::uuid AND t.organisation_id = ${member.organisation.id}::uuid
        AND ${visibleEntriesSql(member)}
      FOR UPDATE`;
    if (!entry) throw new AppError('NOT_FOUND');
    const checkIns = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM check_ins
      WHERE location_id = ${entry.locationId}::uuid AND week_start = ${toPlainDate(entry.weekStart)}::date FOR SHARE`;
    if (checkIns[0]?.status === 'SUBMITTED')
      throw new AppError('CONFLICT', { messageKey: 'timeEntries.errors.weekLocked' });
    await tx.timeEntry.delete({ where: { id: entryId } });
    await recordMemberEvent(
      member,
      {
        action: 'time_entry.deleted',
        target: { type: 'time_entry', id: entryId },
        details: {
          date: toPlainDate(entry.entryDate),
          minutes: entry.minutes,
          locationId: entry.locationId,
          membershipId: entry.membershipId,
        },
      },
      tx,
    );
  });
}

/** The latest entries, newest first: staff their own, managers everyone's or one member's. */
export async function listRecentTimeEntries(
  member: MemberContext,
  options: { limit: number; membershipId?: string },
): Promise<TimeEntryRecord[]> {
  const onlyMember =
    options.membershipId && hasRole(member, 'MANAGER')
      ? Prisma.sql`t.membership_id = ${options.membershipId}::uuid`
      : Prisma.sql`true`;
  return readTimeEntries(member.organisation.id, {
    condition: Prisma.sql`${visibleEntriesSql(member)} AND ${onlyMember}`,
    order: 'recent',
    limit: options.limit,
  });
}

/** Entries dated from `from` to `to` (both included), oldest first: the API's list. */
export async function listTimeEntriesBetween(
  member: MemberContext,
  range: { from: PlainDate; to: PlainDate },
): Promise<TimeEntryRecord[]> {
  return readTimeEntries(member.organisation.id, {
    condition: Prisma.sql`${visibleEntriesSql(member)} AND t.entry_date BETWEEN ${range.from}::date AND ${range.to}::date`,
    order: 'chronological',
  });
}
