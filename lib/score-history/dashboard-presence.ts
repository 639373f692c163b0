import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { db } from '@/lib/db/prisma';
import { organisationScoreSql } from '@/lib/listings/score';
import { listingMovementsSql, type ListingMovements } from './listing-movements';
import type { HistoryPeriod } from './period';
import { scoreHistorySeriesSql, type OrganisationScoreHistoryPoint } from './read-history';

// The dashboard's presence card in one statement (cached like the score): today's score and its
// parts, the daily snapshots of the period and what changed in the last 30 days. One statement
// instead of three keeps the dashboard within its statement budget (npm run bench -- --only
// server). The cache's one-minute expiry lets a fresh snapshot show without a data change.

export type DashboardPresence = {
  recordedItems: boolean;
  locations: number;
  coverage: number;
  correctness: number;
  freshness: number;
  score: number;
  history: OrganisationScoreHistoryPoint[];
  movements: ListingMovements;
};

/**
 * Over the locations the member sees (a limited manager: their groups'), in the chosen group when
 * given (`filter.groupId`, checked by the caller with resolveGroupFilter or the group options).
 */
export function dashboardPresence(
  member: MemberContext,
  period: HistoryPeriod,
  filter: LocationGroupFilter = {},
): Promise<DashboardPresence> {
  const parts = [period.from, period.to, filter.groupId ?? null];
  return cachedOrganisationRead(member, 'scoreHistory.dashboardPresence', parts, () =>
    readDashboardPresence(member, period, filter),
  );
}

type Row = Omit<DashboardPresence, 'coverage' | 'correctness' | 'freshness' | 'score'> & {
  coverage: number | null;
  correctness: number | null;
  freshness: number | null;
  score: number | null;
};

async function readDashboardPresence(
  member: MemberContext,
  period: HistoryPeriod,
  filter: LocationGroupFilter,
) {
  const organisationId = member.organisation.id;
  const scope = locationScopeSql(member, 'l', filter);
  const [row] = await db.$queryRaw<Row[]>`
    SELECT live.*,
      (SELECT COALESCE(json_agg(row_to_json(h)), '[]'::json)
       FROM (${scoreHistorySeriesSql(member, period, filter)}) h) AS history,
      (SELECT row_to_json(m) FROM (${listingMovementsSql(organisationId, { now: new Date(), scope })}) m) AS movements
    FROM (${organisationScoreSql(member, filter)}) live`;
  return {
    recordedItems: row?.recordedItems ?? false,
    locations: row?.locations ?? 0,
    coverage: row?.coverage ?? 0,
    correctness: row?.correctness ?? 0,
    freshness: row?.freshness ?? 0,
    score: row?.score ?? 0,
    history: row?.history ?? [],
    movements: row?.movements ?? { gained: 0, lost: 0, corrected: 0 },
  };
}
