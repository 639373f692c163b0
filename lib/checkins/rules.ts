import 'server-only';
import { z } from 'zod';
import type { Transaction } from '@/lib/db/prisma';
import { enabledPlatformsSql } from '@/lib/listings/platforms';
import type { MemberContext } from '@/lib/access/member-context';
import {
  compareIsoWeeks,
  currentIsoWeek,
  minutesInWeek,
  type IsoWeek,
  type PlainDate,
} from '@/lib/weeks/iso-week';
import { linesWithMinutes } from './content';
import type { CheckInContent } from './schemas';

// The rules a check-in's content must keep beyond its schema, because they depend on the
// organisation (enabled platforms, time zone) and on other data (time already logged). They
// fail like the schema does, with a ZodError naming the field, so forms and the API report them
// the same way as any other bad input.

function inputError(field: string, messageKey: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [field], message: messageKey, input: undefined }]);
}

/** Weeks after the current one (on the organisation's clock) cannot be checked in yet. */
export function assertWeekNotInFuture(week: IsoWeek, timeZone: string, now: Date) {
  if (compareIsoWeeks(week, currentIsoWeek(timeZone, now)) > 0)
    throw inputError('week', 'checkins.errors.weekInFuture');
}

/**
 * Every platform named must be switched on for the organisation, and the week's minutes (these
 * lines plus the time entries logged for the location that week) must fit into the week.
 */
export async function assertContentAllowed(
  tx: Transaction,
  member: MemberContext,
  target: { locationId: string; week: IsoWeek; weekStart: PlainDate; timeZone: string },
  content: CheckInContent,
) {
  const organisationId = member.organisation.id;
  const lines = linesWithMinutes(content.minutes);
  const named = [...new Set([...lines.map((line) => line.platformId), ...content.recheckedPlatformIds])];
  const [found] = await tx.$queryRaw<{ logged: number; enabled: string[] }[]>`
    SELECT (SELECT COALESCE(sum(t.minutes), 0)::int FROM time_entries t
            WHERE t.organisation_id = ${organisationId}::uuid AND t.location_id = ${target.locationId}::uuid
              AND t.week_start = ${target.weekStart}::date) AS logged,
           ARRAY(SELECT e.id::text FROM (${enabledPlatformsSql(organisationId)}) e
                 WHERE e.id = ANY(${named}::uuid[])) AS enabled`;
  const enabled = new Set(found?.enabled ?? []);
  if (lines.some((line) => !enabled.has(line.platformId)))
    throw inputError('minutes', 'checkins.errors.platformNotEnabled');
  if (content.recheckedPlatformIds.some((id) => !enabled.has(id)))
    throw inputError('recheckedPlatformIds', 'checkins.errors.platformNotEnabled');
  const total = lines.reduce((sum, line) => sum + line.minutes, 0) + (found?.logged ?? 0);
  if (total > minutesInWeek(target.week, target.timeZone))
    throw inputError('minutes', 'checkins.errors.minutesTooMany');
}
