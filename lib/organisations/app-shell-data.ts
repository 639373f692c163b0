import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/prisma';
import type { Role } from '@/lib/generated/prisma/enums';
import type { SessionMemberContext } from '@/lib/access/member-context';

export type ShellOrganisation = { id: string; name: string; slug: string; role: Role };

/**
 * What the app shell shows around every organisation page: the member's organisations for the
 * switcher, their unread notifications for the badge and the organisation's member count (the
 * dashboard shows it), in one statement, once per request (the layout and the page share it).
 */
export const loadAppShellData = cache(async (member: SessionMemberContext) => {
  const [row] = await db.$queryRaw<{ organisations: ShellOrganisation[]; unread: number; members: number }[]>`
    SELECT
      coalesce((
        SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'role', m.role) ORDER BY o.name)
        FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = ${member.actor.userId}::uuid
      ), '[]') AS organisations,
      (SELECT count(*)::int FROM notifications
       WHERE organisation_id = ${member.organisation.id}::uuid AND membership_id = ${member.membershipId}::uuid
         AND read_at IS NULL) AS unread,
      (SELECT count(*)::int FROM memberships WHERE organisation_id = ${member.organisation.id}::uuid) AS members`;
  return {
    organisations: row?.organisations ?? [],
    unreadNotifications: row?.unread ?? 0,
    memberCount: row?.members ?? 0,
  };
});
