import 'server-only';
import { db } from '@/lib/db/prisma';
import { scoreRowsSql } from '@/lib/listings/score';

// The daily score snapshot. An hourly singleton job (lib/jobs/workers.ts) asks which
// organisations have no snapshot for their local date yet and takes one for each: one statement
// per organisation stores every location's score with the live score's own SQL (scoreRowsSql)
// and the organisation's mean as the dashboard computes it, so history and live figures agree.
// A second run the same local day overwrites that day's rows; nothing else changes.

/** Location snapshots older than this are removed; the organisation's stay as long as it does. */
export const locationSnapshotRetentionMonths = 25;

/** Organisations with an active location and no snapshot for their local date at `now`. */
export async function organisationsDueForSnapshot(now = new Date()) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM organisations o
    WHERE EXISTS (SELECT 1 FROM locations l WHERE l.organisation_id = o.id AND l.archived_at IS NULL)
      AND NOT EXISTS (
        SELECT 1 FROM organisation_score_snapshots s
        WHERE s.organisation_id = o.id
          AND s.snapshot_date = (${now}::timestamptz AT TIME ZONE o.time_zone)::date)
    ORDER BY o.id`;
  return rows.map((row) => row.id);
}

/**
 * Stores the scores of the organisation's active locations and its mean for its local date at
 * `now`, and removes its location snapshots past the retention, in one statement. Answers the
 * local date and the number of locations stored.
 */
export async function takeScoreSnapshot(organisationId: string, now = new Date()) {
  const [row] = await db.$queryRaw<{ snapshotDate: string; locations: number }[]>`
    WITH scores AS (${scoreRowsSql(organisationId)}),
    day AS (
      SELECT (${now}::timestamptz AT TIME ZONE o.time_zone)::date AS local_date
      FROM organisations o WHERE o.id = ${organisationId}::uuid
    ),
    stored_locations AS (
      INSERT INTO location_score_snapshots
        (location_id, snapshot_date, organisation_id, score, coverage, correctness, freshness, taken_at)
      SELECT s.location_id, day.local_date, ${organisationId}::uuid, s.score, s.coverage, s.correctness,
             s.freshness, ${now}::timestamptz
      FROM scores s CROSS JOIN day
      ON CONFLICT (location_id, snapshot_date) DO UPDATE SET
        score = EXCLUDED.score, coverage = EXCLUDED.coverage, correctness = EXCLUDED.correctness,
        freshness = EXCLUDED.freshness, taken_at = EXCLUDED.taken_at
      RETURNING 1
    ),
    stored_organisation AS (
      INSERT INTO organisation_score_snapshots
        (organisation_id, snapshot_date, locations, score, coverage, correctness, freshness, taken_at)
      SELECT ${organisationId}::uuid, day.local_date, count(s.location_id)::int,
             COALESCE(round(avg(s.score))::int, 0), COALESCE(avg(s.coverage), 0),
             COALESCE(avg(s.correctness), 0), COALESCE(avg(s.freshness), 0), ${now}::timestamptz
      FROM day LEFT JOIN scores s ON true
      GROUP BY day.local_date
      ON CONFLICT (organisation_id, snapshot_date) DO UPDATE SET
        locations = EXCLUDED.locations, score = EXCLUDED.score, coverage = EXCLUDED.coverage,
        correctness = EXCLUDED.correctness, freshness = EXCLUDED.freshness, taken_at = EXCLUDED.taken_at
      RETURNING 1
    ),
    expired AS (
      DELETE FROM location_score_snapshots
      WHERE organisation_id = ${organisationId}::uuid
        AND snapshot_date < (SELECT local_date FROM day) - make_interval(months => ${locationSnapshotRetentionMonths})
      RETURNING 1
    )
    SELECT (SELECT local_date FROM day)::text AS "snapshotDate",
           (SELECT count(*) FROM stored_locations)::int AS locations,
           (SELECT count(*) FROM stored_organisation)::int AS organisations,
           (SELECT count(*) FROM expired)::int AS expired`;
  return { snapshotDate: row?.snapshotDate ?? null, locations: row?.locations ?? 0 };
}

/** The hourly pass: a snapshot for every organisation whose local day has none yet. */
export async function takeDueScoreSnapshots(now = new Date()) {
  const due = await organisationsDueForSnapshot(now);
  for (const organisationId of due) await takeScoreSnapshot(organisationId, now);
  return due.length;
}
