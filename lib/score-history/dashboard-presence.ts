import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { cachedOrganisationRead } from '@/lib/cache/organisation-cache';
import { db } from '@/lib/db/prisma';
import { organisationScoreSql } from '@/lib/listings/score';
import { listingMovementsSql, type ListingMovements } from './listing-movements';
import type { HistoryPeriod } from './period';
import type { OrganisationScoreHistoryPoint } from './read-history';

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

export function dashboardPresence(member: MemberContext, period: HistoryPeriod): Promise<DashboardPresence> {
  return cachedOrganisationRead(member, 'scoreHistory.dashboardPresence', [period.from, period.to], () =>
    readDashboardPresence(member, period),
  );
}

type Row = Omit<DashboardPresence, 'coverage' | 'correctness' | 'freshness' | 'score'> & {
  coverage: number | null;
  correctness: number | null;
  freshness: number | null;
  score: number | null;
};

async function readDashboardPresence(member: MemberContext, period: HistoryPeriod) {
  const organisationId = member.organisation.id;
  const [row] = await db.$queryRaw<Row[]>`
    SELECT live.*,
      (SELECT COALESCE(json_agg(json_build_object(
                'date', s.snapshot_date::text, 'score', s.score, 'coverage', s.coverage,
                'correctness', s.correctness, 'freshness', s.freshness, 'locations', s.locations
              ) ORDER BY s.snapshot_date), '[]'::json)
       FROM organisation_score_snapshots s
       WHERE s.organisation_id = ${organisationId}::uuid
         AND s.snapshot_date BETWEEN ${period.from}::date AND ${period.to}::date) AS history,
      (SELECT row_to_json(m) FROM (${listingMovementsSql(organisationId, { now: new Date() })}) m) AS movements
    FROM (${organisationScoreSql(organisationId)}) live`;
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
