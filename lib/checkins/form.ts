import 'server-only';
import { db } from '@/lib/db/prisma';
import type { PlatformKind } from '@/lib/generated/prisma/enums';
import { enabledPlatformsSql } from '@/lib/listings/platforms';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import {
  addDaysToDate,
  compareIsoWeeks,
  currentIsoWeek,
  minutesInWeek,
  weekStartOf,
  type IsoWeek,
} from '@/lib/weeks/iso-week';
import { checkInSchedule, findCheckInLocation } from './access';
import type { ActivityValue } from './activities';
import type { CheckInFormValues } from './form-values';
import { readCheckIn } from './records';

// Everything the weekly check-in form shows, in six queries: the location, the organisation's
// clock, the check-in, the platforms with their listing state, the time logged that week and,
// for a week not started yet, the lines to start from.

export type FormPlatform = { id: string; name: string; kind: PlatformKind; listed: boolean };
export type FormLine = { platformId: string; activity: ActivityValue; minutes: number };
export type LoggedTime = {
  platformId: string;
  platformName: string;
  activity: ActivityValue;
  minutes: number;
};

// A listing exists on the platform once it was requested, claimed or is live.
const listedStatuses = ['CLAIM_REQUESTED', 'CLAIMED', 'LIVE', 'NEEDS_UPDATE'];

export async function getCheckInForm(
  member: MemberContext,
  locationId: string,
  week: IsoWeek,
  now: Date = new Date(),
) {
  const location = await findCheckInLocation(member, locationId);
  const organisationId = member.organisation.id;
  const weekStart = weekStartOf(week);
  const [schedule, checkIn, platforms, loggedTime] = await Promise.all([
    checkInSchedule(member),
    readCheckIn(organisationId, location.id, weekStart),
    db.$queryRaw<FormPlatform[]>`
      SELECT p.id, p.name, p.kind::text AS kind, COALESCE(li.status::text = ANY(${listedStatuses}), false) AS listed
      FROM (${enabledPlatformsSql(organisationId)}) p
      LEFT JOIN listing_items li ON li.platform_id = p.id AND li.location_id = ${location.id}::uuid
      ORDER BY p.sort_order, p.name, p.id`,
    db.$queryRaw<LoggedTime[]>`
      SELECT t.platform_id AS "platformId", p.name AS "platformName", t.activity::text AS activity,
             sum(t.minutes)::int AS minutes
      FROM time_entries t JOIN platforms p ON p.id = t.platform_id
      WHERE t.organisation_id = ${organisationId}::uuid AND t.location_id = ${location.id}::uuid
        AND t.week_start = ${weekStart}::date
      GROUP BY t.platform_id, p.name, p.sort_order, t.activity
      ORDER BY p.sort_order, p.name, t.activity`,
  ]);
  const current = currentIsoWeek(schedule.timeZone, now);
  const lines: FormLine[] =
    checkIn && (checkIn.lines.length > 0 || checkIn.status === 'SUBMITTED')
      ? checkIn.lines.map(({ platformId, activity, minutes }) => ({ platformId, activity, minutes }))
      : await defaultLines(member, location.id, weekStart, platforms);
  return {
    location,
    week,
    weekStart,
    weekEnd: addDaysToDate(weekStart, 6),
    timeZone: schedule.timeZone,
    minutesInWeek: minutesInWeek(week, schedule.timeZone),
    isFuture: compareIsoWeeks(week, current) > 0,
    isCurrent: compareIsoWeeks(week, current) === 0,
    checkIn,
    lines,
    platforms,
    loggedTime,
    loggedMinutes: loggedTime.reduce((sum, entry) => sum + entry.minutes, 0),
    canReopen: hasRole(member, 'MANAGER'),
  };
}

export type CheckInForm = Awaited<ReturnType<typeof getCheckInForm>>;

/** What the form edits, as the server has it now: where the form starts, and where a stale save continues. */
export function formValuesOf(form: CheckInForm): CheckInFormValues {
  return {
    version: form.checkIn?.version ?? 0,
    lines: form.lines,
    postsPublished: form.checkIn?.postsPublished ?? 0,
    reviewsAnswered: form.checkIn?.reviewsAnswered ?? 0,
    recheckedPlatformIds: form.checkIn?.recheckedPlatformIds ?? [],
    notes: form.checkIn?.notes ?? '',
    blockers: form.checkIn?.blockers ?? '',
  };
}

/**
 * Where to start a week nobody filled in yet: the platforms and activities of the location's most
 * recent earlier check-in, with 0 minutes ("last week's platforms"); else posting on the social
 * platforms where the location is live or claimed; else posting on the first social platform.
 */
async function defaultLines(
  member: MemberContext,
  locationId: string,
  weekStart: string,
  platforms: FormPlatform[],
): Promise<FormLine[]> {
  const organisationId = member.organisation.id;
  const previous = await db.$queryRaw<{ platformId: string; activity: ActivityValue }[]>`
    SELECT m.platform_id AS "platformId", m.activity::text AS activity
    FROM check_in_minutes m
    JOIN (${enabledPlatformsSql(organisationId)}) p ON p.id = m.platform_id
    WHERE m.check_in_id = (
      SELECT c.id FROM check_ins c
      WHERE c.organisation_id = ${organisationId}::uuid AND c.location_id = ${locationId}::uuid
        AND c.week_start < ${weekStart}::date
        AND EXISTS (SELECT 1 FROM check_in_minutes x WHERE x.check_in_id = c.id)
      ORDER BY c.week_start DESC LIMIT 1
    )
    ORDER BY p.sort_order, p.name, m.activity`;
  if (previous.length > 0) return previous.map((line) => ({ ...line, minutes: 0 }));
  const social = platforms.filter((platform) => platform.kind === 'SOCIAL');
  const listed = social.filter((platform) => platform.listed);
  const chosen = listed.length > 0 ? listed : social.slice(0, 1);
  return chosen.map((platform) => ({ platformId: platform.id, activity: 'POSTING', minutes: 0 }));
}
