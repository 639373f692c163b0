import { db } from '@/lib/db/prisma';
import type { ListingStatus } from '@/lib/generated/prisma/enums';
import type { MemberContext } from '@/lib/access/member-context';

// Set-up for the score-history tests: checklist items and their status history written straight
// to the tables, dated as a test needs.

/** The organisation's first catalogue platforms (in display order), all switched on by default. */
export async function firstPlatformIds(count: number) {
  const rows = await db.platform.findMany({
    where: { organisationId: null },
    select: { id: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    take: count,
  });
  return rows.map((row) => row.id);
}

export async function insertListingItem(
  member: MemberContext,
  item: {
    locationId: string;
    platformId: string;
    status: ListingStatus;
    mismatchedFields?: string[];
    lastCheckedAt?: Date | null;
  },
) {
  const { id } = await db.listingItem.create({
    data: { organisationId: member.organisation.id, mismatchedFields: [], ...item },
    select: { id: true },
  });
  return id;
}

/** A status change in the item's history, `daysAgo` days before now. */
export async function insertStatusChange(
  listingItemId: string,
  from: ListingStatus,
  to: ListingStatus,
  daysAgo: number,
) {
  await db.listingChange.create({
    data: {
      listingItemId,
      changedByName: 'Test',
      changedAt: new Date(Date.now() - daysAgo * 86_400_000),
      changes: { status: { from, to } },
    },
  });
}
