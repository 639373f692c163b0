import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { locationGroupLimit, isGroupLimited } from './location-scope';
import type { MemberContext } from './member-context';

// The group filter (`?group=<id>`) of lists, the matrix, the map, comparisons and the score
// history, and what a manager limited to some groups may not do. Pages validate the filter
// against the options they show anyway (lib/location-groups/group-options.ts); API routes and
// data-layer functions called without options validate it here.

/**
 * The group `groupId` names when it is one of the organisation's groups the member may see (for
 * a limited manager: one of their groups); NOT_FOUND otherwise, as for any foreign id. Nothing
 * given: no filter. `known`: the member's selectable groups a page has loaded anyway
 * (listGroupOptions), checked without a statement; otherwise one statement, only when a group is
 * given.
 */
export async function resolveGroupFilter(
  member: MemberContext,
  groupId: string | null | undefined,
  known?: readonly { id: string }[],
): Promise<string | null> {
  if (!groupId) return null;
  if (!z.uuid().safeParse(groupId).success) throw new AppError('NOT_FOUND');
  if (known) {
    if (!known.some((group) => group.id === groupId)) throw new AppError('NOT_FOUND');
    return groupId;
  }
  const limit = locationGroupLimit(member);
  if (limit && !limit.includes(groupId)) throw new AppError('NOT_FOUND');
  const found = await db.locationGroup.findFirst({
    where: { id: groupId, organisationId: member.organisation.id },
    select: { id: true },
  });
  if (!found) throw new AppError('NOT_FOUND');
  return found.id;
}

/** The format check of resolveGroupFilter alone, for reads that check the group in their own statement. */
export function assertGroupIdFormat(groupId: string | null | undefined): string | null {
  if (!groupId) return null;
  if (!z.uuid().safeParse(groupId).success) throw new AppError('NOT_FOUND');
  return groupId;
}

/**
 * Whether `groupId` (null: no filter, true) is a group the member may filter by, as an SQL
 * boolean, so a read can check it inside its own statement instead of spending one on it.
 */
export function groupKnownSql(member: MemberContext, groupId: string | null | undefined): Prisma.Sql {
  if (!groupId) return Prisma.sql`true`;
  const limit = locationGroupLimit(member);
  return Prisma.sql`EXISTS (SELECT 1 FROM location_groups known_g
    WHERE known_g.id = ${groupId}::uuid AND known_g.organisation_id = ${member.organisation.id}::uuid
      ${limit ? Prisma.sql`AND known_g.id = ANY(${limit}::uuid[])` : Prisma.empty})`;
}

/**
 * For jobs that address members without a member context (reminders, alerts): whether the
 * membership row `membership` (an alias of memberships) sees the location row `location` (an alias
 * of locations) — true unless it is a manager limited to location groups none of which holds it.
 */
export function membershipSeesLocationSql(membership: string, location: string): Prisma.Sql {
  for (const alias of [membership, location]) {
    if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`membershipSeesLocationSql: bad alias ${alias}`);
  }
  const m = (column: string) => Prisma.raw(`${membership}.${column}`);
  const l = (column: string) => Prisma.raw(`${location}.${column}`);
  return Prisma.sql`(${m('role')} <> 'MANAGER'
    OR NOT EXISTS (SELECT 1 FROM membership_group_limits seen_gl WHERE seen_gl.membership_id = ${m('id')})
    OR EXISTS (SELECT 1 FROM membership_group_limits seen_gl
               JOIN location_group_members seen_gm ON seen_gm.group_id = seen_gl.group_id
               WHERE seen_gl.membership_id = ${m('id')} AND seen_gm.location_id = ${l('id')}))`;
}

/**
 * Creating, importing, archiving and deleting locations, and the organisation's own settings
 * (platforms, business type, check-in schedule, benchmark sets, API tokens), stay with owners and
 * managers who see every location: a new location would land outside a limited manager's groups
 * unless a rule happened to catch it, an import matches store codes across the whole
 * organisation, removing a location takes its history from everyone, settings change every
 * group's figures, and an API token is never limited, so making one would lift the limit. A
 * limited manager edits and works on the locations of their groups.
 */
export function assertNotGroupLimited(member: Pick<MemberContext, 'role' | 'groupLimit'>) {
  if (isGroupLimited(member)) throw new AppError('FORBIDDEN');
}
