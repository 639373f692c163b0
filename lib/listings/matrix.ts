import 'server-only';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { prefixPattern } from '@/lib/db/like-pattern';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PlatformKind } from '@/lib/generated/prisma/enums';
import type { MemberContext } from '@/lib/access/member-context';
import { resolveGroupFilter } from '@/lib/access/group-filter';
import { locationScopeSql } from '@/lib/access/location-scope';
import { enabledPlatformsSql } from './platforms';
import { listingStatuses, type ListingStatusValue, type MatrixQuery } from './schemas';

// The organisation's checklist: non-archived locations × enabled platforms, LEFT JOIN the items
// someone worked on. Everything is counted, filtered and paged in SQL, so 10,000 locations with
// 25 platforms (250,000 virtual items) cost the same two queries as ten locations.

/**
 * The filters the status counts apply; the status filter picks a segment of those counts. `group`
 * must have been checked (resolveGroupFilter): listMatrix does.
 */
export type MatrixFilters = Pick<MatrixQuery, 'platform' | 'city' | 'assignee' | 'group'>;

export type MatrixRow = {
  locationId: string;
  locationName: string;
  locationCity: string;
  platformId: string;
  platformName: string;
  platformKind: PlatformKind;
  status: ListingStatusValue;
  mismatchedFields: string[];
  lastCheckedAt: Date | null;
  /** Not re-checked within the organisation's freshness period (false when never checked). */
  checkOverdue: boolean;
  /** 0 for an item nobody has worked on yet. */
  version: number;
};

export type StatusCounts = Record<ListingStatusValue, number>;

function locationConditions(member: MemberContext, filters: MatrixFilters) {
  const conditions = [
    locationScopeSql(member, 'l', { groupId: filters.group }),
    Prisma.sql`l.archived_at IS NULL`,
  ];
  if (filters.city?.trim()) conditions.push(Prisma.sql`l.city ILIKE ${prefixPattern(filters.city.trim())}`);
  if (filters.assignee) conditions.push(Prisma.sql`l.assigned_membership_id = ${filters.assignee}::uuid`);
  return Prisma.join(conditions, ' AND ');
}

function platformCondition(filters: MatrixFilters) {
  return filters.platform ? Prisma.sql`p.id = ${filters.platform}::uuid` : Prisma.sql`true`;
}

/**
 * Items per status over the filtered checklist, in one query. Only items someone worked on have
 * rows, so they are grouped and "not started" is the rest of locations × platforms: the query
 * reads the organisation's item rows, never the 250,000 virtual ones.
 * `locations` counts all non-archived locations the member sees, unfiltered, for the page's empty
 * state.
 */
export function statusCounts(member: MemberContext, filters: MatrixFilters) {
  return cachedOrganisationRead(member, 'listings.statusCounts', [filters], () =>
    readStatusCounts(member, filters),
  );
}

async function readStatusCounts(member: MemberContext, filters: MatrixFilters) {
  const organisationId = member.organisation.id;
  const rows = await db.$queryRaw<{ status: string; count: number }[]>`
    WITH l AS (SELECT l.id FROM locations l WHERE ${locationConditions(member, filters)}),
         p AS (SELECT p.id FROM (${enabledPlatformsSql(organisationId)}) p WHERE ${platformCondition(filters)})
    SELECT li.status::text AS status, count(*)::int AS count
    FROM listing_items li
    JOIN l ON l.id = li.location_id
    JOIN p ON p.id = li.platform_id
    WHERE li.organisation_id = ${organisationId}::uuid AND li.status <> 'NOT_STARTED'
    GROUP BY li.status
    UNION ALL
    SELECT '$total', ((SELECT count(*) FROM l) * (SELECT count(*) FROM p))::int
    UNION ALL
    SELECT '$locations', count(*)::int FROM locations l
    WHERE ${locationScopeSql(member, 'l')} AND l.archived_at IS NULL`;
  const byStatus = new Map(rows.map((row) => [row.status, row.count]));
  const total = byStatus.get('$total') ?? 0;
  const counts = Object.fromEntries(
    listingStatuses.map((status) => [status, byStatus.get(status) ?? 0]),
  ) as StatusCounts;
  counts.NOT_STARTED =
    total - listingStatuses.reduce((sum, status) => sum + (status === 'NOT_STARTED' ? 0 : counts[status]), 0);
  return { counts, total, locations: byStatus.get('$locations') ?? 0 };
}

/**
 * How many of each location's items pass the status filter. Without one, every location has one
 * item per platform; with one, only the item rows are counted: rows in that status, or, for
 * "not started", the platforms minus the items that were started.
 */
function matchingItemsPerLocationSql(organisationId: string, status: ListingStatusValue | null | undefined) {
  if (!status) return Prisma.sql`SELECT l.*, (SELECT count(*) FROM p) AS n FROM l`;
  const counted =
    status === 'NOT_STARTED'
      ? Prisma.sql`li.status <> 'NOT_STARTED'`
      : Prisma.sql`li.status = ${status}::"ListingStatus"`;
  const n =
    status === 'NOT_STARTED'
      ? Prisma.sql`(SELECT count(*) FROM p) - COALESCE(c.items, 0)`
      : Prisma.sql`COALESCE(c.items, 0)`;
  return Prisma.sql`
    SELECT l.*, ${n} AS n
    FROM l
    LEFT JOIN (
      SELECT li.location_id, count(*) AS items
      FROM listing_items li JOIN p ON p.id = li.platform_id
      WHERE li.organisation_id = ${organisationId}::uuid AND ${counted}
      GROUP BY li.location_id
    ) c ON c.location_id = l.id`;
}

/**
 * One page of locations × platforms. OFFSET over the cross join would walk every earlier item
 * (half a second for the last page of 250,000); instead a running sum of matching items per
 * location finds the locations the page starts and ends in, and only those are crossed with the
 * platforms and their items.
 */
async function findMatrixRows(member: MemberContext, query: MatrixQuery) {
  const organisationId = member.organisation.id;
  const offset = (query.page - 1) * query.pageSize;
  return db.$queryRaw<MatrixRow[]>`
    WITH p AS (
      SELECT p.id, p.name, p.kind, p.sort_order
      FROM (${enabledPlatformsSql(organisationId)}) p
      WHERE ${platformCondition(query)}
    ),
    l AS (SELECT l.id, l.name, l.city FROM locations l WHERE ${locationConditions(member, query)}),
    placed AS (
      SELECT m.*, sum(m.n) OVER (ORDER BY m.name, m.id) - m.n AS before
      FROM (${matchingItemsPerLocationSql(organisationId, query.status)}) m
      WHERE m.n > 0
    ),
    page_locations AS (
      SELECT * FROM placed WHERE before < ${offset + query.pageSize} AND before + n > ${offset}
    )
    SELECT l.id AS "locationId", l.name AS "locationName", l.city AS "locationCity",
           p.id AS "platformId", p.name AS "platformName", p.kind::text AS "platformKind",
           COALESCE(li.status, 'NOT_STARTED')::text AS status,
           COALESCE(li.mismatched_fields, '{}') AS "mismatchedFields",
           li.last_checked_at AS "lastCheckedAt",
           COALESCE(li.last_checked_at < now() - make_interval(days => o.freshness_days), false) AS "checkOverdue",
           COALESCE(li.version, 0) AS version
    FROM page_locations l
    CROSS JOIN p
    JOIN organisations o ON o.id = ${organisationId}::uuid
    -- LIMIT 1 (the pair is unique) keeps this a lookup by index for the page's few locations.
    LEFT JOIN LATERAL (
      SELECT li.* FROM listing_items li
      WHERE li.location_id = l.id AND li.platform_id = p.id AND li.organisation_id = ${organisationId}::uuid
      LIMIT 1
    ) li ON true
    WHERE ${query.status ? Prisma.sql`COALESCE(li.status, 'NOT_STARTED') = ${query.status}::"ListingStatus"` : Prisma.sql`true`}
    ORDER BY l.name, l.id, p.sort_order, p.name, p.id
    OFFSET ${offset} - (SELECT min(before) FROM page_locations)
    LIMIT ${query.pageSize}`;
}

/**
 * One page of the filtered checklist with its total and the counts per status: two queries,
 * run at once, whatever the size of the organisation (and one before them to check a chosen group,
 * unless the page passes the member's group options as `knownGroups`).
 */
export async function listMatrix(
  member: MemberContext,
  unchecked: MatrixQuery,
  knownGroups?: readonly { id: string }[],
) {
  const group = await resolveGroupFilter(member, unchecked.group, knownGroups);
  const query = { ...unchecked, group: group ?? undefined };
  const [rows, summary] = await Promise.all([
    cachedOrganisationRead(member, 'listings.matrixRows', [query], () => findMatrixRows(member, query)),
    statusCounts(member, query),
  ]);
  const total = query.status ? summary.counts[query.status] : summary.total;
  return {
    rows,
    total,
    counts: summary.counts,
    /** All items under the filters, whatever their status (the sum of the counts). */
    countsTotal: summary.total,
    locations: summary.locations,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
