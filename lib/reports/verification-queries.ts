import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import { locationScopeSql, type LocationGroupFilter } from '@/lib/access/location-scope';
import { db } from '@/lib/db/prisma';
import type { VerificationCount } from './report-types';

// What the automatic checks (lib/verification) found in the month, in one statement: the checks
// that ended in it (tasks by source and status), the latest observations made in it by source and
// outcome (older observations of a location and source are replaced, so a past month shows those
// still current), and the checklist statuses the checks set themselves (listing_changes.source).

type Row = { kind: 'check' | 'observation' | 'statusChange'; source: string; outcome: string; count: number };

export async function readVerificationFindings(
  member: MemberContext,
  filter: LocationGroupFilter,
  window: { start: Date; end: Date },
) {
  const organisationId = member.organisation.id;
  const scope = locationScopeSql(member, 'l', filter);
  const rows = await db.$queryRaw<Row[]>`
    SELECT 'check' AS kind, t.source::text AS source, t.status::text AS outcome, count(*)::int AS count
    FROM verification_tasks t JOIN locations l ON l.id = t.location_id
    WHERE t.organisation_id = ${organisationId}::uuid AND ${scope}
      AND t.finished_at >= ${window.start}::timestamptz AND t.finished_at < ${window.end}::timestamptz
      AND t.status IN ('DONE', 'FAILED', 'SKIPPED')
    GROUP BY t.source, t.status
    UNION ALL
    SELECT 'observation', o.source::text, o.outcome::text, count(*)::int
    FROM location_observations o JOIN locations l ON l.id = o.location_id
    WHERE o.organisation_id = ${organisationId}::uuid AND ${scope}
      AND o.observed_at >= ${window.start}::timestamptz AND o.observed_at < ${window.end}::timestamptz
    GROUP BY o.source, o.outcome
    UNION ALL
    SELECT 'statusChange', lc.source::text, '', count(*)::int
    FROM listing_changes lc JOIN listing_items li ON li.id = lc.listing_item_id JOIN locations l ON l.id = li.location_id
    WHERE lc.organisation_id = ${organisationId}::uuid AND ${scope} AND lc.source IS NOT NULL
      AND lc.changed_at >= ${window.start}::timestamptz AND lc.changed_at < ${window.end}::timestamptz
      AND lc.changes->'status' IS NOT NULL
    GROUP BY lc.source
    ORDER BY 1, 2, 3`;
  const pick = (kind: Row['kind']): VerificationCount[] =>
    rows.filter((row) => row.kind === kind).map(({ source, outcome, count }) => ({ source, outcome, count }));
  return {
    observations: pick('observation'),
    checks: pick('check'),
    statusChanges: pick('statusChange').map(({ source, count }) => ({ source, count })),
  };
}
