import 'server-only';
import { db } from '@/lib/db/prisma';
import { getLocation } from '@/lib/locations/locations';
import type { MemberContext } from '@/lib/organisations/member-context';

export type ListingChangeEntry = {
  id: string;
  changedAt: Date;
  changedByName: string;
  changes: Record<string, { from: unknown; to: unknown }>;
};

/** The recent changes of all checklist items of a location, by platform id: one query. */
export async function listLocationHistory(member: MemberContext, locationId: string, perItem = 10) {
  const location = await getLocation(member, locationId);
  const rows = await db.listingChange.findMany({
    where: { listingItem: { locationId: location.id, organisationId: member.organisation.id } },
    select: {
      id: true,
      changedAt: true,
      changedByName: true,
      changes: true,
      listingItem: { select: { platformId: true } },
    },
    orderBy: { changedAt: 'desc' },
    take: 500,
  });
  const byPlatform = new Map<string, ListingChangeEntry[]>();
  for (const row of rows) {
    const list = byPlatform.get(row.listingItem.platformId) ?? [];
    if (list.length < perItem) list.push({ ...row, changes: row.changes as ListingChangeEntry['changes'] });
    byPlatform.set(row.listingItem.platformId, list);
  }
  return byPlatform;
}
