// What the verification benchmark changes in the bench chain for its run, and puts back after it,
// so that the other measurements and the next run find the chain as seeded:
// - the sources are switched on (the previous setting restored);
// - the locations' websites (https://www.filialkette-nord.example/fn-…, a name that resolves
//   nowhere) point at the local website server for the run (the outbound client reaches a local
//   server only by its host:port) and back afterwards; an interrupted run's addresses are put
//   back, and its unfinished run removed, when the next one starts;
// - what the run wrote is removed: its run and tasks (also those of a run that did not finish,
//   which would keep later runs from queueing these locations), its observations, the checklist
//   history and alerts it added, and the OpenStreetMap and Google checklist items as they were
//   (kept in temporary tables of the bench's own connection meanwhile).
import pg from 'pg';
import type { VerificationSource } from '@/lib/generated/prisma/enums';

export const benchWebsiteOrigin = 'https://www.filialkette-nord.example';
const localOrigin = String.raw`^http://127\.0\.0\.1:[0-9]+`;
const observedPlatforms = `('openstreetmap', 'google-business-profile')`;

export type BenchVerificationState = {
  previousSources: VerificationSource[];
  /** Observations the organisation had before (0 unless an interrupted run left some). */
  observationsBefore: number;
  /** Puts everything back. */
  restore(): Promise<void>;
};

async function putWebsitesBack(client: pg.Client, organisationId: string) {
  await client.query(
    `UPDATE locations SET website = regexp_replace(website, $2, $3)
     WHERE organisation_id = $1 AND website ~ ($2 || '/fn-')`,
    [organisationId, localOrigin, benchWebsiteOrigin],
  );
}

export async function prepareBenchOrganisation(
  client: pg.Client,
  organisationId: string,
  run: { siteOrigin: string; sources: VerificationSource[] },
): Promise<BenchVerificationState> {
  await putWebsitesBack(client, organisationId);
  // An interrupted run's queued tasks would make this run skip their locations as already running.
  await client.query('DELETE FROM verification_runs WHERE organisation_id = $1 AND finished_at IS NULL', [
    organisationId,
  ]);
  const { rows } = await client.query<{ sources: VerificationSource[]; observations: number }>(
    `SELECT COALESCE(verification_sources::text[], '{}') AS sources,
            (SELECT count(*)::int FROM location_observations WHERE organisation_id = $1) AS observations
     FROM organisations WHERE id = $1`,
    [organisationId],
  );
  const organisation = pg.escapeLiteral(organisationId);
  await client.query(`
    DROP TABLE IF EXISTS bench_runs, bench_items, bench_changes, bench_alerts, bench_observations;
    CREATE TEMP TABLE bench_runs AS SELECT id FROM verification_runs WHERE organisation_id = ${organisation};
    CREATE TEMP TABLE bench_items AS
      SELECT id, status, mismatched_fields, rating, review_count, last_checked_at, last_checked_by_id, version, updated_at
      FROM listing_items WHERE organisation_id = ${organisation}
        AND platform_id IN (SELECT id FROM platforms WHERE key IN ${observedPlatforms});
    CREATE TEMP TABLE bench_changes AS
      SELECT lc.id FROM listing_changes lc JOIN listing_items li ON li.id = lc.listing_item_id
      WHERE li.organisation_id = ${organisation} AND lc.source IS NOT NULL;
    CREATE TEMP TABLE bench_alerts AS
      SELECT id FROM notifications WHERE organisation_id = ${organisation} AND kind = 'LISTING_ALERT';
    CREATE TEMP TABLE bench_observations AS
      SELECT * FROM location_observations WHERE organisation_id = ${organisation};`);
  await client.query(
    `UPDATE locations SET website = $2 || substr(website, length($3) + 1)
     WHERE organisation_id = $1 AND website LIKE $3 || '/%'`,
    [organisationId, run.siteOrigin, benchWebsiteOrigin],
  );
  await client.query(
    `UPDATE organisations SET verification_sources = $2::"VerificationSource"[] WHERE id = $1`,
    [organisationId, run.sources],
  );
  const previousSources = rows[0]!.sources;
  return {
    previousSources,
    observationsBefore: rows[0]!.observations,
    restore: () => restore(client, organisationId, previousSources),
  };
}

async function restore(client: pg.Client, organisationId: string, previousSources: VerificationSource[]) {
  const organisation = pg.escapeLiteral(organisationId);
  await client.query('BEGIN');
  try {
    await client.query(`
      DELETE FROM verification_runs r WHERE r.organisation_id = ${organisation}
        AND NOT EXISTS (SELECT 1 FROM bench_runs b WHERE b.id = r.id);
      DELETE FROM location_observations WHERE organisation_id = ${organisation};
      INSERT INTO location_observations SELECT * FROM bench_observations;
      DELETE FROM notifications n WHERE n.organisation_id = ${organisation} AND n.kind = 'LISTING_ALERT'
        AND NOT EXISTS (SELECT 1 FROM bench_alerts b WHERE b.id = n.id);
      DELETE FROM listing_changes lc USING listing_items li
      WHERE li.id = lc.listing_item_id AND li.organisation_id = ${organisation} AND lc.source IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM bench_changes b WHERE b.id = lc.id);
      DELETE FROM listing_items li WHERE li.organisation_id = ${organisation}
        AND li.platform_id IN (SELECT id FROM platforms WHERE key IN ${observedPlatforms})
        AND NOT EXISTS (SELECT 1 FROM bench_items b WHERE b.id = li.id);
      UPDATE listing_items li SET status = b.status, mismatched_fields = b.mismatched_fields, rating = b.rating,
        review_count = b.review_count, last_checked_at = b.last_checked_at,
        last_checked_by_id = b.last_checked_by_id, version = b.version, updated_at = b.updated_at
      FROM bench_items b
      WHERE li.id = b.id AND (li.status, li.mismatched_fields, li.last_checked_at, li.version)
        IS DISTINCT FROM (b.status, b.mismatched_fields, b.last_checked_at, b.version);`);
    await client.query(
      `UPDATE organisations SET verification_sources = $2::"VerificationSource"[] WHERE id = $1`,
      [organisationId, previousSources],
    );
    await putWebsitesBack(client, organisationId);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query(
    'DROP TABLE IF EXISTS bench_runs, bench_items, bench_changes, bench_alerts, bench_observations',
  );
}
