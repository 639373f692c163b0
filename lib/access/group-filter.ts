import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/prisma';
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
 * given: no filter. One statement, only when a group is given.
 */
export async function resolveGroupFilter(
  member: MemberContext,
  groupId: string | null | undefined,
): Promise<string | null> {
  if (!groupId) return null;
  if (!z.uuid().safeParse(groupId).success) throw new AppError('NOT_FOUND');
  const limit = locationGroupLimit(member);
  if (limit && !limit.includes(groupId)) throw new AppError('NOT_FOUND');
  const found = await db.locationGroup.findFirst({
    where: { id: groupId, organisationId: member.organisation.id },
    select: { id: true },
  });
  if (!found) throw new AppError('NOT_FOUND');
  return found.id;
}

/**
 * Creating, importing, archiving and deleting locations, and the organisation's own settings,
 * stay with owners and managers who see every location: a new location would land outside a
 * limited manager's groups unless a rule happened to catch it, an import matches store codes
 * across the whole organisation, and removing a location takes its history from everyone. A limited manager edits and works on the locations of their groups.
 */
export function assertNotGroupLimited(member: Pick<MemberContext, 'role' | 'groupLimit'>) {
  if (isGroupLimited(member)) throw new AppError('FORBIDDEN');
}
