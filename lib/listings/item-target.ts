import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeWhere } from '@/lib/access/location-scope';

/**
 * The location and platform of a saved checklist item, by the item's id: the HTTP API addresses
 * items by id, the checklist functions by location and platform. Another organisation's id, an
 * item of a location outside a limited manager's groups, or anything that is no uuid, is NOT_FOUND.
 */
export async function findListingItemTarget(member: MemberContext, itemId: string) {
  if (!z.uuid().safeParse(itemId).success) throw new AppError('NOT_FOUND');
  const item = await db.listingItem.findFirst({
    where: { id: itemId, organisationId: member.organisation.id, location: locationScopeWhere(member) },
    select: { locationId: true, platformId: true },
  });
  if (!item) throw new AppError('NOT_FOUND');
  return item;
}
