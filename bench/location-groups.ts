// Location groups for the page measurements: ten rule groups per organisation (postcode areas
// 0–9, members kept by the migration's triggers) and a manager limited to the group of the
// organisation's sample location, so the statement counts show what a group filter and a
// group-limited manager cost. Written straight into the database; removed when the run ends.
import pg from 'pg';
import { hashPassword } from '../lib/auth/password';

export const limitedManager = {
  email: 'bench-limited-manager@ortsbild.example',
  password: 'Bench-Limited-Manager-2026',
};

export type BenchGroups = {
  /** The group of each organisation's sample location (by slug): the filter and the limit. */
  groupIdBySlug: Record<string, string>;
  credentials: typeof limitedManager;
  remove(): Promise<void>;
};

export async function createBenchGroups(
  databaseUrl: string,
  organisations: { slug: string; sampleLocationId: string }[],
): Promise<BenchGroups> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-bench-setup' });
  await client.connect();
  const groupIdBySlug: Record<string, string> = {};
  const groupIds: string[] = [];
  try {
    await client.query('DELETE FROM users WHERE email = $1', [limitedManager.email]);
    const { rows: users } = await client.query<{ id: string }>(
      `INSERT INTO users (id, email, name, password_hash, updated_at)
       VALUES (gen_random_uuid(), $1, 'Bench: Managerin Region', $2, now()) RETURNING id`,
      [limitedManager.email, await hashPassword(limitedManager.password)],
    );
    const userId = users[0]!.id;
    for (const { slug, sampleLocationId } of organisations) {
      const { rows: created } = await client.query<{ id: string; prefix: string }>(
        `INSERT INTO location_groups (id, organisation_id, name, kind, rule_field, rule_value, updated_at)
         SELECT gen_random_uuid(), o.id, 'Bench: PLZ-Bereich ' || d, 'REGION', 'POSTAL_CODE_PREFIX', d::text, now()
         FROM organisations o, generate_series(0, 9) d WHERE o.slug = $1
         ON CONFLICT (organisation_id, name) DO UPDATE SET updated_at = now()
         RETURNING id, rule_value AS prefix`,
        [slug],
      );
      groupIds.push(...created.map((group) => group.id));
      const { rows: sample } = await client.query<{ postal_code: string; organisation_id: string }>(
        'SELECT postal_code, organisation_id FROM locations WHERE id = $1',
        [sampleLocationId],
      );
      const group = created.find((candidate) => sample[0]?.postal_code.startsWith(candidate.prefix));
      if (!group || !sample[0]) throw new Error(`No postcode group for the sample location of ${slug}.`);
      groupIdBySlug[slug] = group.id;
      const { rows: memberships } = await client.query<{ id: string }>(
        `INSERT INTO memberships (id, organisation_id, user_id, role)
         VALUES (gen_random_uuid(), $1, $2, 'MANAGER') RETURNING id`,
        [sample[0].organisation_id, userId],
      );
      await client.query(
        `INSERT INTO membership_group_limits (membership_id, group_id, organisation_id) VALUES ($1, $2, $3)`,
        [memberships[0]!.id, group.id, sample[0].organisation_id],
      );
    }
  } finally {
    await client.end();
  }
  const remove = async () => {
    const cleanup = new pg.Client({
      connectionString: databaseUrl,
      application_name: 'ortsbild-bench-setup',
    });
    await cleanup.connect();
    await cleanup.query('DELETE FROM users WHERE email = $1', [limitedManager.email]);
    await cleanup.query('DELETE FROM location_groups WHERE id = ANY($1::uuid[])', [groupIds]);
    await cleanup.end();
  };
  return { groupIdBySlug, credentials: limitedManager, remove };
}
