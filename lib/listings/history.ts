import 'server-only';
import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql } from '@/lib/access/location-scope';
import type { VerificationSource } from '@/lib/generated/prisma/enums';

export type ListingChangeEntry = {
  id: string;
  changedAt: Date;
  changedByName: string;
  /** The verification source that made the change (its observation); null for a person. */
  source: VerificationSource | null;
  changes: Record<string, { from: unknown; to: unknown }>;
};

/**
 * The recent changes of all checklist items of a location, by platform id, in one statement.
 * Scoped by the organisation and the member's group limit in the query itself: another
 * organisation's (or group's) location has no
 * changes here (callers show a location they have already loaded through the data layer).
 */
export async function listLocationHistory(member: MemberContext, locationId: string, perItem = 10) {
  const rows = await db.$queryRaw<(ListingChangeEntry & { platformId: string })[]>`
    SELECT lc.id, lc.changed_at AS "changedAt", lc.changed_by_name AS "changedByName", lc.source, lc.changes,
           li.platform_id AS "platformId"
    FROM listing_changes lc
    JOIN listing_items li ON li.id = lc.listing_item_id
    JOIN locations l ON l.id = li.location_id
    WHERE li.location_id = ${locationId}::uuid AND ${locationScopeSql(member, 'l')}
    ORDER BY lc.changed_at DESC, lc.id
    LIMIT 500`;
  const byPlatform = new Map<string, ListingChangeEntry[]>();
  for (const { platformId, ...change } of rows) {
    const list = byPlatform.get(platformId) ?? [];
    if (list.length < perItem) list.push(change);
    byPlatform.set(platformId, list);
  }
  return byPlatform;
}
