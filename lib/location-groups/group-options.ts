import 'server-only';
import type { LocationGroupKind } from '@/lib/generated/prisma/enums';
import { locationGroupLimit } from '@/lib/access/location-scope';
import type { MemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';

// The groups a member may pick in a group filter (lists, matrix, map, benchmarks, history): every
// group of the organisation, for a limited manager only the groups they are limited to. Staff get
// none: they work on their assigned locations, and groups are a management view.

export type LocationGroupOption = {
  id: string;
  name: string;
  kind: LocationGroupKind;
  locationCount: number;
};

/** The member's selectable groups by name, each with its number of locations (one statement). */
export async function listGroupOptions(member: MemberContext): Promise<LocationGroupOption[]> {
  if (member.role === 'STAFF') return [];
  const limit = locationGroupLimit(member);
  const groups = await db.locationGroup.findMany({
    where: { organisationId: member.organisation.id, ...(limit ? { id: { in: limit } } : {}) },
    select: { id: true, name: true, kind: true, _count: { select: { members: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return groups.map(({ _count, ...group }) => ({ ...group, locationCount: _count.members }));
}

/** Whether `groupId` is one the member may filter by (a foreign or out-of-scope id is not). */
export function isGroupOption(options: LocationGroupOption[], groupId: string | null | undefined) {
  return !!groupId && options.some((option) => option.id === groupId);
}
