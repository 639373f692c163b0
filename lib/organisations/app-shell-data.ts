import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { LocationGroupKind, Role } from '@/lib/generated/prisma/enums';
import { locationGroupLimit } from '@/lib/access/location-scope';
import type { SessionMemberContext } from '@/lib/access/member-context';

export type ShellOrganisation = { id: string; name: string; slug: string; role: Role };

/** A group the member may pick in a group filter (as lib/location-groups/group-options.ts lists them). */
export type ShellGroupOption = { id: string; name: string; kind: LocationGroupKind; locationCount: number };

/**
 * What the app shell shows around every organisation page: the member's organisations for the
 * switcher, their unread notifications for the badge and the organisation's member count (the
 * dashboard shows it), in one statement, once per request (the layout and the page share it).
 * The same statement brings the location groups the member may filter by (pages with a group
 * filter take them from here instead of spending a statement of their own): every group of the
 * organisation, a limited manager's own, none for staff.
 */
export const loadAppShellData = cache(async (member: SessionMemberContext) => {
  const limit = locationGroupLimit(member);
  const groupsShown = member.role === 'STAFF' ? Prisma.sql`false` : Prisma.sql`true`;
  const withinLimit = limit ? Prisma.sql`AND g.id = ANY(${limit}::uuid[])` : Prisma.empty;
  const [row] = await db.$queryRaw<
    {
      organisations: ShellOrganisation[];
      unread: number;
      members: number;
      groupOptions: ShellGroupOption[];
    }[]
  >`
    SELECT
      coalesce((
        SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'role', m.role) ORDER BY o.name)
        FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = ${member.actor.userId}::uuid
      ), '[]') AS organisations,
      (SELECT count(*)::int FROM notifications
       WHERE organisation_id = ${member.organisation.id}::uuid AND membership_id = ${member.membershipId}::uuid
         AND read_at IS NULL) AS unread,
      (SELECT count(*)::int FROM memberships WHERE organisation_id = ${member.organisation.id}::uuid) AS members,
      coalesce((
        SELECT json_agg(json_build_object('id', g.id, 'name', g.name, 'kind', g.kind,
                 'locationCount', (SELECT count(*)::int FROM location_group_members gm WHERE gm.group_id = g.id))
               ORDER BY g.name, g.id)
        FROM location_groups g
        WHERE g.organisation_id = ${member.organisation.id}::uuid AND ${groupsShown} ${withinLimit}
      ), '[]') AS "groupOptions"`;
  return {
    organisations: row?.organisations ?? [],
    unreadNotifications: row?.unread ?? 0,
    memberCount: row?.members ?? 0,
    groupOptions: row?.groupOptions ?? [],
  };
});
