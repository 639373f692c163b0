import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import { enabledPlatformsSql } from '@/lib/listings/platforms';
import type { NeedsActionItem, NeedsActionStatus } from './report-types';

// The report's listings: what changed in the month (the rules of lib/score-history/
// listing-movements.ts over the month instead of the last 30 days) and what needs action now
// (the dashboard's three statuses: wrong, claim open, not started), one statement each.

export const needsActionListLength = 20;

/** Gained, lost and corrected listings in [start, end), by where each item ended up in the month. */
export async function readMonthMovements(
  member: MemberContext,
  filter: LocationGroupFilter,
  window: { start: Date; end: Date },
) {
  const organisationId = member.organisation.id;
  const [row] = await db.$queryRaw<{ gained: number; lost: number; corrected: number }[]>`
    WITH recent AS MATERIALIZED (
      SELECT lc.listing_item_id, lc.changed_at, lc.id,
             lc.changes->'status'->>'from' AS from_status, lc.changes->'status'->>'to' AS to_status
      FROM listing_changes lc
      WHERE lc.organisation_id = ${organisationId}::uuid
        AND lc.changed_at >= ${window.start}::timestamptz AND lc.changed_at < ${window.end}::timestamptz
        AND lc.changes->'status' IS NOT NULL
    ),
    per_item AS (
      SELECT r.listing_item_id,
             (array_agg(r.from_status ORDER BY r.changed_at, r.id))[1] AS before,
             (array_agg(r.to_status ORDER BY r.changed_at DESC, r.id DESC))[1] AS after,
             bool_or(r.from_status = 'NEEDS_UPDATE' AND r.to_status = 'LIVE') AS fixed
      FROM recent r
      JOIN listing_items li ON li.id = r.listing_item_id
      JOIN locations l ON l.id = li.location_id AND l.archived_at IS NULL
      JOIN (${enabledPlatformsSql(organisationId)}) p ON p.id = li.platform_id
      WHERE li.organisation_id = ${organisationId}::uuid AND ${locationScopeSql(member, 'l', filter)}
      GROUP BY r.listing_item_id
    )
    SELECT
      count(*) FILTER (WHERE after = 'LIVE' AND before NOT IN ('LIVE', 'NEEDS_UPDATE'))::int AS gained,
      count(*) FILTER (
        WHERE (before = 'LIVE' AND after <> 'LIVE')
           OR (before IN ('CLAIMED', 'NEEDS_UPDATE') AND after = 'NOT_STARTED')
      )::int AS lost,
      count(*) FILTER (WHERE after = 'LIVE' AND before IN ('LIVE', 'NEEDS_UPDATE') AND fixed)::int AS corrected
    FROM per_item`;
  return { gained: row?.gained ?? 0, lost: row?.lost ?? 0, corrected: row?.corrected ?? 0 };
}

type CountRow = { status: NeedsActionStatus; platformId: string; name: string; count: number };

/**
 * The checklist items of active locations on enabled platforms that need someone now: counts per
 * status and platform (items never started have no row: locations × platforms minus those
 * started) and the first 20 by urgency, then platform weight, then location name.
 */
export async function readNeedsAction(member: MemberContext, filter: LocationGroupFilter) {
  const organisationId = member.organisation.id;
  const [row] = await db.$queryRaw<{ counts: CountRow[] | null; items: NeedsActionItem[] | null }[]>`
    WITH l AS MATERIALIZED (
      SELECT l.id, l.name, l.store_code FROM locations l
      WHERE ${locationScopeSql(member, 'l', filter)} AND l.archived_at IS NULL
    ),
    p AS MATERIALIZED (SELECT p.id, p.name, p.weight, p.sort_order FROM (${enabledPlatformsSql(organisationId)}) p),
    started AS MATERIALIZED (
      SELECT li.location_id, li.platform_id, li.status::text AS status
      FROM listing_items li JOIN l ON l.id = li.location_id JOIN p ON p.id = li.platform_id
      WHERE li.organisation_id = ${organisationId}::uuid AND li.status <> 'NOT_STARTED'
    ),
    counts AS (
      SELECT s.status, s.platform_id, count(*)::int AS count FROM started s
      WHERE s.status IN ('NEEDS_UPDATE', 'CLAIM_REQUESTED') GROUP BY s.status, s.platform_id
      UNION ALL
      SELECT 'NOT_STARTED', p.id, ((SELECT count(*) FROM l) - COALESCE(n.started, 0))::int
      FROM p LEFT JOIN (SELECT platform_id, count(*) AS started FROM started GROUP BY platform_id) n
        ON n.platform_id = p.id
    ),
    open_items AS (
      (SELECT s.status, l.id AS location_id, l.name AS location_name, l.store_code, p.id AS platform_id,
              p.name AS platform_name, p.weight, p.sort_order,
              CASE s.status WHEN 'NEEDS_UPDATE' THEN 1 ELSE 2 END AS urgency
       FROM started s JOIN l ON l.id = s.location_id JOIN p ON p.id = s.platform_id
       WHERE s.status IN ('NEEDS_UPDATE', 'CLAIM_REQUESTED')
       ORDER BY urgency, p.weight DESC, p.sort_order, l.name, l.id LIMIT ${needsActionListLength})
      UNION ALL
      (SELECT 'NOT_STARTED', l.id, l.name, l.store_code, p.id, p.name, p.weight, p.sort_order, 3
       FROM l CROSS JOIN p
       WHERE NOT EXISTS (SELECT 1 FROM started s WHERE s.location_id = l.id AND s.platform_id = p.id)
       ORDER BY p.weight DESC, p.sort_order, l.name, l.id LIMIT ${needsActionListLength})
    ),
    first_items AS (
      SELECT * FROM open_items
      ORDER BY urgency, weight DESC, sort_order, location_name, location_id LIMIT ${needsActionListLength}
    )
    SELECT
      (SELECT json_agg(json_build_object('status', c.status, 'platformId', c.platform_id, 'name', p.name,
                                         'count', c.count) ORDER BY p.sort_order, p.name)
       FROM counts c JOIN p ON p.id = c.platform_id WHERE c.count > 0) AS counts,
      (SELECT json_agg(json_build_object(
                'status', f.status,
                'location', json_build_object('id', f.location_id, 'name', f.location_name, 'storeCode', f.store_code),
                'platform', json_build_object('id', f.platform_id, 'name', f.platform_name))
              ORDER BY f.urgency, f.weight DESC, f.sort_order, f.location_name, f.location_id)
       FROM first_items f) AS items`;
  return summariseNeedsAction(row?.counts ?? [], row?.items ?? []);
}

const statuses: NeedsActionStatus[] = ['NEEDS_UPDATE', 'CLAIM_REQUESTED', 'NOT_STARTED'];
const zeroCounts = (): Record<NeedsActionStatus, number> => ({
  NEEDS_UPDATE: 0,
  CLAIM_REQUESTED: 0,
  NOT_STARTED: 0,
});

function summariseNeedsAction(counts: CountRow[], items: NeedsActionItem[]) {
  const byStatus = zeroCounts();
  const platforms = new Map<
    string,
    { platformId: string; name: string; counts: Record<NeedsActionStatus, number>; total: number }
  >();
  for (const row of counts) {
    byStatus[row.status] += row.count;
    const platform = platforms.get(row.platformId) ?? {
      platformId: row.platformId,
      name: row.name,
      counts: zeroCounts(),
      total: 0,
    };
    platform.counts[row.status] += row.count;
    platform.total += row.count;
    platforms.set(row.platformId, platform);
  }
  const total = statuses.reduce((sum, status) => sum + byStatus[status], 0);
  return { total, byStatus, byPlatform: [...platforms.values()], items };
}
