import 'server-only';
// Finding the member context (lib/access/member-context.ts) of a request: from the signed-in user
// and the organisation slug, for pages, form actions and the app's own routes.
import { notFound } from 'next/navigation';
import { cache } from 'react';
import {
  hasRole,
  type MemberContext,
  type OrganisationSettings,
  type SessionMemberContext,
} from '@/lib/access/member-context';
import { recordAccessDenied } from '@/lib/audit/access-denied';
import { requireUser, type CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';

export async function findMemberContext(
  user: CurrentUser,
  organisationSlug: string,
): Promise<SessionMemberContext | null> {
  // One statement for membership, organisation, its settings and data version: every page under
  // /o/[slug] starts here.
  const [membership] = await db.$queryRaw<
    {
      id: string;
      role: Role;
      organisation: MemberContext['organisation'];
      settings: OrganisationSettings;
      dataVersion: string;
      groupLimit: string[] | null;
    }[]
  >`
    SELECT m.id, m.role::text AS role, o.data_version::text AS "dataVersion",
           CASE WHEN m.role = 'MANAGER' THEN
             (SELECT array_agg(l.group_id::text ORDER BY l.group_id) FROM membership_group_limits l
              WHERE l.membership_id = m.id)
           END AS "groupLimit",
           json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'timeZone', o.time_zone) AS organisation,
           json_build_object('timeZone', o.time_zone, 'checkinWeekday', o.checkin_weekday,
                             'reminderHour', o.reminder_hour, 'freshnessDays', o.freshness_days) AS settings
    FROM memberships m JOIN organisations o ON o.id = m.organisation_id
    WHERE m.user_id = ${user.id}::uuid AND o.slug = ${organisationSlug}`;
  if (!membership) return null;
  const { organisation, settings, dataVersion, groupLimit } = membership;
  const actor = {
    kind: 'member',
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
  } as const;
  return {
    actor,
    membershipId: membership.id,
    role: membership.role,
    organisation,
    settings,
    dataVersion,
    groupLimit,
  };
}

/**
 * For pages and actions under /o/[slug]: the member context, or a 404 when the organisation
 * does not exist or the user is not a member of it (the two are indistinguishable on purpose).
 */
export const requireMember = cache(async (organisationSlug: string): Promise<SessionMemberContext> => {
  const user = await requireUser();
  const member = await findMemberContext(user, organisationSlug);
  if (!member) notFound();
  return member;
});

/**
 * For pages only some roles may open: anyone else gets the same 404 as for a foreign organisation.
 * The refusal is recorded on the side, so the 404 never waits for or depends on the audit log.
 */
export function requireRoleForPage(member: MemberContext, minimum: Role) {
  if (hasRole(member, minimum)) return;
  void recordAccessDenied(member, { kind: 'page' }, minimum);
  notFound();
}

/** For pages showing one record: the data layer's NOT_FOUND becomes the 404 page. */
export async function findOrNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
