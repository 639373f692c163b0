import 'server-only';
import { actingUserId, type MemberContext } from '@/lib/access/member-context';
import type { Transaction } from '@/lib/db/prisma';

/**
 * Ticking a platform as re-checked in a check-in does what "mark as checked" does in the listings
 * checklist: the item's last check becomes now, by the writer; its version goes up (an editor of
 * the checklist item with the old version then gets a conflict, as with any other change), and
 * the change is kept in the item's history. Items nobody worked on yet get their row here.
 * One statement for all ticked platforms, inside the check-in's transaction.
 */
export async function markListingsRechecked(
  tx: Transaction,
  member: MemberContext,
  locationId: string,
  platformIds: string[],
) {
  if (platformIds.length === 0) return;
  const organisationId = member.organisation.id;
  const userId = actingUserId(member);
  await tx.$executeRaw`
    WITH targets AS (SELECT DISTINCT unnest(${platformIds}::uuid[]) AS platform_id),
    before AS (
      SELECT t.platform_id, li.last_checked_at
      FROM targets t
      LEFT JOIN listing_items li ON li.location_id = ${locationId}::uuid AND li.platform_id = t.platform_id
    ),
    upserted AS (
      INSERT INTO listing_items (id, organisation_id, location_id, platform_id, last_checked_at, last_checked_by_id, version, updated_at)
      SELECT gen_random_uuid(), ${organisationId}::uuid, ${locationId}::uuid, platform_id,
             now() AT TIME ZONE 'UTC', ${userId}::uuid, 1, now() AT TIME ZONE 'UTC'
      FROM targets
      ON CONFLICT (location_id, platform_id) DO UPDATE
        SET last_checked_at = EXCLUDED.last_checked_at, last_checked_by_id = EXCLUDED.last_checked_by_id,
            version = listing_items.version + 1, updated_at = EXCLUDED.updated_at
      RETURNING id, platform_id
    )
    INSERT INTO listing_changes (id, listing_item_id, changed_by_id, changed_by_name, changed_at, changes)
    SELECT gen_random_uuid(), u.id, ${userId}::uuid, ${member.actor.name}, now() AT TIME ZONE 'UTC',
           jsonb_build_object('lastCheckedAt', jsonb_build_object(
             'from', to_jsonb(b.last_checked_at AT TIME ZONE 'UTC'), 'to', to_jsonb(now())))
    FROM upserted u JOIN before b USING (platform_id)`;
}
