// The organisations `npm run bench` measures, all owned by the demo owner: a chain of 5,000
// branches × 25 platforms with members and a year of weekly check-ins, a small one of the same
// shape with 10 branches, and 10,000 located branches for the map. Branches come from
// chain-data.ts; members, custom platforms, check-ins and time entries are generated set-based in
// SQL (INSERT … SELECT over generate_series), so a first seed takes seconds and a second one
// only looks (everything is skipped when present).
import pg from 'pg';
import { seedChainData } from './chain-data';

export type BenchOrganisationSpec = {
  name: string;
  slug: string;
  locations: number;
  /** Managers, staff (each responsible for about locations / staff branches), 4 custom platforms, 52 weeks of check-ins. */
  team?: { managers: number; staff: number };
};

export const benchOrganisationSpecs = {
  small: {
    name: 'Bench Bäckerei Klein',
    slug: 'bench-klein',
    locations: 10,
    team: { managers: 1, staff: 2 },
  },
  chain: {
    name: 'Bench Filialkette',
    slug: 'bench-kette',
    locations: 5_000,
    team: { managers: 3, staff: 50 },
  },
  map: { name: 'Bench Karte', slug: 'bench-karte', locations: 10_000 },
} satisfies Record<string, BenchOrganisationSpec>;

export const benchCustomPlatforms = 4;
export const benchWeeksOfHistory = 52;

export type SeededBenchOrganisation = {
  slug: string;
  locations: number;
  sampleLocationId: string;
  /** What this run had to add (0 everywhere when everything was reused). */
  added: { locations: number; checkIns: number; minuteLines: number; timeEntries: number };
};

/** Seeds (or reuses) one bench organisation; the demo owner must exist. */
export async function seedBenchOrganisation(
  databaseUrl: string,
  spec: BenchOrganisationSpec,
): Promise<SeededBenchOrganisation> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-bench-seed' });
  await client.connect();
  try {
    const present = await locationCount(client, spec.slug);
    let addedLocations = 0;
    if (present < spec.locations) {
      const organisation = { name: spec.name, slug: spec.slug };
      addedLocations = await seedChainData(databaseUrl, spec.locations, organisation, {
        allLocated: !spec.team,
      });
    }
    const organisationId = (
      await client.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [spec.slug])
    ).rows[0]!.id;
    const added = { locations: addedLocations, checkIns: 0, minuteLines: 0, timeEntries: 0 };
    if (spec.team) {
      await seedCustomPlatforms(client, organisationId);
      await seedTeam(client, organisationId, spec);
      Object.assign(added, await seedYearOfCheckIns(client, organisationId));
      if (added.checkIns + added.minuteLines + added.timeEntries > 0) {
        await client.query('ANALYZE check_ins, check_in_minutes, time_entries, memberships, locations');
      }
    }
    const sample = await client.query<{ id: string }>(
      `SELECT id FROM locations WHERE organisation_id = $1 AND archived_at IS NULL ORDER BY store_code LIMIT 1`,
      [organisationId],
    );
    return {
      slug: spec.slug,
      locations: await locationCount(client, spec.slug),
      sampleLocationId: sample.rows[0]!.id,
      added,
    };
  } finally {
    await client.end();
  }
}

async function locationCount(client: pg.Client, slug: string) {
  const { rows } = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM locations l JOIN organisations o ON o.id = l.organisation_id
     WHERE o.slug = $1 AND l.archived_at IS NULL`,
    [slug],
  );
  return rows[0]!.count;
}

/** The organisation's own platforms, so 21 catalogue + 4 = 25 are enabled. */
async function seedCustomPlatforms(client: pg.Client, organisationId: string) {
  await client.query(
    `INSERT INTO platforms (id, key, organisation_id, name, kind, weight, sort_order)
     SELECT gen_random_uuid(), 'custom-' || gen_random_uuid(), $1::uuid, 'Eigene Plattform ' || n,
            'SOCIAL'::"PlatformKind", 2, 200 + n
     FROM generate_series(1, $2::int) n
     WHERE NOT EXISTS (SELECT 1 FROM platforms p WHERE p.organisation_id = $1::uuid AND p.name = 'Eigene Plattform ' || n)`,
    [organisationId, benchCustomPlatforms],
  );
}

/** Managers and staff (users without a password: they never sign in); each staff member is responsible for a block of branches. */
async function seedTeam(client: pg.Client, organisationId: string, spec: BenchOrganisationSpec) {
  const team = spec.team!;
  await client.query(
    `WITH people AS (
       SELECT role, n, format('%s-%s-%s@bench.ortsbild.example', $1::text, lower(role), n) AS email
       FROM (SELECT 'MANAGER' AS role, generate_series(1, $2::int) AS n
             UNION ALL SELECT 'STAFF', generate_series(1, $3::int)) r
     )
     INSERT INTO users (id, email, name, updated_at)
     SELECT gen_random_uuid(), email, initcap(lower(role)) || ' ' || n, now() FROM people
     ON CONFLICT (email) DO NOTHING`,
    [spec.slug, team.managers, team.staff],
  );
  await client.query(
    `INSERT INTO memberships (id, organisation_id, user_id, role)
     SELECT gen_random_uuid(), $1::uuid, u.id,
            (CASE WHEN u.email LIKE '%-manager-%' THEN 'MANAGER' ELSE 'STAFF' END)::"Role"
     FROM users u WHERE u.email LIKE $2
     ON CONFLICT (organisation_id, user_id) DO NOTHING`,
    [organisationId, `${spec.slug}-%@bench.ortsbild.example`],
  );
  // Branch k (by store code) goes to staff member ceil(k / block): contiguous blocks of about 100.
  await client.query(
    `WITH staff AS (
       SELECT m.id, row_number() OVER (ORDER BY u.email COLLATE "C") - 1 AS position, count(*) OVER () AS total
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.organisation_id = $1::uuid AND m.role = 'STAFF'
     ), branches AS (
       SELECT id, row_number() OVER (ORDER BY store_code) - 1 AS position, count(*) OVER () AS total
       FROM locations WHERE organisation_id = $1::uuid
     )
     UPDATE locations l SET assigned_membership_id = s.id
     FROM branches b JOIN staff s ON s.position = b.position * s.total / b.total
     WHERE l.id = b.id AND l.assigned_membership_id IS NULL`,
    [organisationId],
  );
}

/**
 * 52 submitted weekly check-ins per branch up to last week (about 8 % of branches have not
 * submitted last week yet, so the dashboard has overdue owners), each with minutes on 3–4
 * platforms, posts and answered reviews; and time-log entries in about one week in ten plus
 * this week. Skipped when the week before last is complete.
 */
async function seedYearOfCheckIns(client: pg.Client, organisationId: string) {
  const { rows } = await client.query<{ complete: boolean }>(
    `WITH week AS (SELECT (date_trunc('week', now() AT TIME ZONE o.time_zone)::date - 14) AS start
                   FROM organisations o WHERE o.id = $1::uuid)
     SELECT (SELECT count(*) FROM check_ins c, week WHERE c.organisation_id = $1::uuid AND c.week_start = week.start)
          = (SELECT count(*) FROM locations WHERE organisation_id = $1::uuid) AS complete`,
    [organisationId],
  );
  if (rows[0]?.complete) return { checkIns: 0, minuteLines: 0, timeEntries: 0 };

  await client.query('BEGIN');
  try {
    const checkIns = await client.query(
      `WITH this_week AS (
         SELECT date_trunc('week', now() AT TIME ZONE time_zone)::date AS start FROM organisations WHERE id = $1::uuid
       ), weeks AS (
         SELECT (this_week.start - 7 * back)::date AS start, back FROM this_week, generate_series(1, $2::int) back
       )
       INSERT INTO check_ins (id, organisation_id, location_id, week_start, membership_id, status,
                              posts_published, reviews_answered, submitted_at, version, created_at, updated_at)
       SELECT gen_random_uuid(), $1::uuid, l.id, w.start, l.assigned_membership_id, 'SUBMITTED',
              abs(hashtext(l.store_code || w.start::text)) % 6, abs(hashtext(w.start::text || l.store_code)) % 4,
              w.start + interval '4 days 15 hours', 1, w.start + interval '4 days 15 hours', w.start + interval '4 days 15 hours'
       FROM locations l CROSS JOIN weeks w
       WHERE l.organisation_id = $1::uuid AND (w.back > 1 OR abs(hashtext(l.store_code)) % 100 >= 8)
       ON CONFLICT (location_id, week_start) DO NOTHING`,
      [organisationId, benchWeeksOfHistory],
    );
    // Facebook and Instagram posting, Google review replies; every other check-in also some
    // monitoring on one of the organisation's own platforms.
    const minuteLines = await client.query(
      `WITH platform_ids AS (
         SELECT (SELECT id FROM platforms WHERE key = 'facebook') AS facebook,
                (SELECT id FROM platforms WHERE key = 'instagram') AS instagram,
                (SELECT id FROM platforms WHERE key = 'google-business-profile') AS google,
                (SELECT array_agg(id ORDER BY name) FROM platforms WHERE organisation_id = $1::uuid) AS own
       )
       INSERT INTO check_in_minutes (check_in_id, platform_id, activity, minutes)
       SELECT c.id, line.platform_id, line.activity, line.minutes
       FROM check_ins c CROSS JOIN platform_ids p
       CROSS JOIN LATERAL (
         VALUES (p.facebook, 'POSTING'::"Activity", 20 + abs(hashtext(c.id::text || 'f')) % 50),
                (p.instagram, 'POSTING'::"Activity", 15 + abs(hashtext(c.id::text || 'i')) % 45),
                (p.google, 'REVIEW_REPLIES'::"Activity", 5 + abs(hashtext(c.id::text || 'g')) % 25),
                (CASE WHEN abs(hashtext(c.id::text)) % 2 = 0
                      THEN p.own[1 + abs(hashtext(c.id::text || 'o')) % cardinality(p.own)] END,
                 'MONITORING'::"Activity", 5 + abs(hashtext(c.id::text || 'm')) % 20)
       ) AS line(platform_id, activity, minutes)
       WHERE c.organisation_id = $1::uuid AND line.platform_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM check_in_minutes m WHERE m.check_in_id = c.id)`,
      [organisationId],
    );
    const timeEntries = await client.query(
      `WITH this_week AS (
         SELECT date_trunc('week', now() AT TIME ZONE time_zone)::date AS start FROM organisations WHERE id = $1::uuid
       ), weeks AS (
         SELECT (this_week.start - 7 * back)::date AS start FROM this_week, generate_series(0, $2::int) back
       ), entries AS (
         SELECT l.id AS location_id, l.assigned_membership_id, w.start,
                w.start + abs(hashtext(l.store_code || w.start::text)) % 5 AS entry_date,
                5 + abs(hashtext(w.start::text || l.store_code)) % 56 AS minutes
         FROM locations l CROSS JOIN weeks w
         WHERE l.organisation_id = $1::uuid AND abs(hashtext(l.store_code || '/' || w.start::text)) % 10 = 0
       )
       INSERT INTO time_entries (id, organisation_id, location_id, membership_id, entry_date, week_start,
                                 minutes, platform_id, activity, note)
       SELECT gen_random_uuid(), $1::uuid, e.location_id, e.assigned_membership_id, e.entry_date, e.start,
              e.minutes, (SELECT id FROM platforms WHERE key = 'facebook'), 'DIALOGUE', 'Kommentare beantwortet'
       FROM entries e
       WHERE e.entry_date <= (SELECT (now() AT TIME ZONE time_zone)::date FROM organisations WHERE id = $1::uuid)
         AND NOT EXISTS (SELECT 1 FROM time_entries t WHERE t.location_id = e.location_id AND t.week_start = e.start)`,
      [organisationId, benchWeeksOfHistory],
    );
    await client.query('COMMIT');
    return {
      checkIns: checkIns.rowCount ?? 0,
      minuteLines: minuteLines.rowCount ?? 0,
      timeEntries: timeEntries.rowCount ?? 0,
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
