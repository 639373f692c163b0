import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { enabledPlatformsSql } from '@/lib/listings/platforms';

// "What changed since last month": per checklist item, its status before the window (the `from`
// of its first status change in it) and after (the `to` of its last), read from listing_changes
// in one statement. Each item counts once, by where it ended up:
// - gained: live now, and was neither live nor "needs update" before (a new listing);
// - corrected: live now after being "needs update" in the window (NEEDS_UPDATE → LIVE);
// - lost: was live and is not any more, or a listing in need of an update or claimed is gone
//   (not started again, as a check that no longer finds it sets it).
// Only active locations and the platforms the organisation works with count, as in the score.

export const movementWindowDays = 30;

export type ListingMovements = { gained: number; lost: number; corrected: number };

/**
 * The counts as one row (gained, lost, corrected) in SQL, to read alone or inside another
 * statement. `scope` (a condition on \`locations l\`, locationScopeSql) narrows them to a member's
 * locations.
 */
export function listingMovementsSql(
  organisationId: string,
  options: { locationId?: string; now: Date; scope?: Prisma.Sql },
) {
  const onlyLocation = options.locationId
    ? Prisma.sql`AND li.location_id = ${options.locationId}::uuid`
    : Prisma.empty;
  // The organisation's month of changes first, as one range of the index on (organisation_id,
  // changed_at), materialised: joined freely, the planner takes the enabled platforms for a few
  // and starts from every checklist item instead (41,000 probes, ~100 ms at 5,000 locations).
  const since = new Date(options.now.getTime() - movementWindowDays * 86_400_000);
  return Prisma.sql`
    WITH recent AS MATERIALIZED (
      SELECT lc.listing_item_id, lc.changed_at, lc.id,
             lc.changes->'status'->>'from' AS from_status, lc.changes->'status'->>'to' AS to_status
      FROM listing_changes lc
      WHERE lc.organisation_id = ${organisationId}::uuid
        AND lc.changed_at > ${since}::timestamptz AND lc.changed_at <= ${options.now}::timestamptz
        AND lc.changes->'status' IS NOT NULL
    ),
    status_changes AS (
      SELECT r.*
      FROM recent r
      JOIN listing_items li ON li.id = r.listing_item_id
      JOIN locations l ON l.id = li.location_id AND l.archived_at IS NULL ${options.scope ? Prisma.sql`AND ${options.scope}` : Prisma.empty}
      JOIN (${enabledPlatformsSql(organisationId)}) p ON p.id = li.platform_id
      WHERE li.organisation_id = ${organisationId}::uuid ${onlyLocation}
    ),
    per_item AS (
      SELECT listing_item_id,
             (array_agg(from_status ORDER BY changed_at, id))[1] AS before,
             (array_agg(to_status ORDER BY changed_at DESC, id DESC))[1] AS after,
             bool_or(from_status = 'NEEDS_UPDATE' AND to_status = 'LIVE') AS fixed
      FROM status_changes
      GROUP BY listing_item_id
    )
    SELECT
      count(*) FILTER (WHERE after = 'LIVE' AND before NOT IN ('LIVE', 'NEEDS_UPDATE'))::int AS gained,
      count(*) FILTER (
        WHERE (before = 'LIVE' AND after <> 'LIVE')
           OR (before IN ('CLAIMED', 'NEEDS_UPDATE') AND after = 'NOT_STARTED')
      )::int AS lost,
      count(*) FILTER (WHERE after = 'LIVE' AND before IN ('LIVE', 'NEEDS_UPDATE') AND fixed)::int AS corrected
    FROM per_item`;
}

/** What changed in the last 30 days, for the organisation or one location (already checked as its own). */
export async function listingMovements(
  member: MemberContext,
  options: { locationId?: string; now?: Date } = {},
): Promise<ListingMovements> {
  const [row] = await db.$queryRaw<ListingMovements[]>(
    listingMovementsSql(member.organisation.id, {
      locationId: options.locationId,
      scope: locationScopeSql(member, 'l'),
      now: options.now ?? new Date(),
    }),
  );
  return { gained: row?.gained ?? 0, lost: row?.lost ?? 0, corrected: row?.corrected ?? 0 };
}
