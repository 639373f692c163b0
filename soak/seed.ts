// The soak's test organisation, seeded with the bench's generator: a chain of a few hundred
// branches with a year of submitted check-ins, and one staff member per client who is responsible
// for a block of branches (the client's own: only it writes there, so the final state of every
// cell is known). Every member gets the same password and an API token of their own.
import pg from 'pg';
import { hashPassword } from '../lib/auth/password';
import { createApiTokens } from '../bench/api-tokens';
import { seedBenchOrganisation } from '../prisma/seed/bench-data';
import { seedDemoData } from '../prisma/seed/demo-data';

export const soakSlug = 'soak';
export const soakPassword = 'Soak-Deichbrise-2026';
/** Signs in only in the two-instance phase, where it is throttled on purpose. */
export const throttledUserEmail = 'soak-throttle@bench.ortsbild.example';

export type SoakClientSetup = {
  index: number;
  email: string;
  membershipId: string;
  /** The branches this member is responsible for (at least two). */
  locationIds: string[];
  /** A bearer token of the organisation, for this client's writes. */
  token: string;
};

export type SoakSetup = {
  slug: string;
  timeZone: string;
  locations: number;
  clients: SoakClientSetup[];
  /** Catalogue platforms the writes name: minutes lines, time entries, checklist items. */
  platformIds: { facebook: string; instagram: string };
  /** Stored checklist item versions by `${locationId}/${platformId}` (absent: 0). */
  listingVersions: Map<string, number>;
};

export async function seedSoakOrganisation(databaseUrl: string, clientCount: number): Promise<SoakSetup> {
  await seedDemoData(databaseUrl);
  const seeded = await seedBenchOrganisation(databaseUrl, {
    name: 'Soak Filialkette',
    slug: soakSlug,
    locations: Math.max(300, clientCount * 4),
    team: { managers: 0, staff: clientCount },
  });
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-soak-setup' });
  await client.connect();
  try {
    const passwordHash = await hashPassword(soakPassword);
    await client.query(`UPDATE users SET password_hash = $1 WHERE email LIKE $2`, [
      passwordHash,
      `${soakSlug}-staff-%@bench.ortsbild.example`,
    ]);
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, updated_at)
       VALUES (gen_random_uuid(), $1, 'Soak Throttle', $2, now())`,
      [throttledUserEmail, passwordHash],
    );
    const { rows: organisation } = await client.query<{ timeZone: string }>(
      `SELECT time_zone AS "timeZone" FROM organisations WHERE slug = $1`,
      [soakSlug],
    );
    const { rows: members } = await client.query<{
      email: string;
      membershipId: string;
      locationIds: string[];
    }>(
      `SELECT u.email, m.id AS "membershipId",
              array_agg(l.id::text ORDER BY l.store_code) AS "locationIds"
       FROM memberships m
       JOIN organisations o ON o.id = m.organisation_id
       JOIN users u ON u.id = m.user_id
       JOIN locations l ON l.assigned_membership_id = m.id AND l.archived_at IS NULL
       WHERE o.slug = $1 AND m.role = 'STAFF'
       GROUP BY u.email, m.id
       ORDER BY u.email COLLATE "C"`,
      [soakSlug],
    );
    if (members.length !== clientCount || members.some((member) => member.locationIds.length < 2))
      throw new Error(`Expected ${clientCount} staff members with at least two branches each.`);
    const { rows: platforms } = await client.query<{ key: string; id: string }>(
      `SELECT key, id FROM platforms WHERE organisation_id IS NULL AND key IN ('facebook', 'instagram')`,
    );
    const platformId = (key: string) => {
      const found = platforms.find((platform) => platform.key === key);
      if (!found) throw new Error(`The platform catalogue has no ${key}.`);
      return found.id;
    };
    const { rows: items } = await client.query<{ cell: string; version: number }>(
      `SELECT li.location_id || '/' || li.platform_id AS cell, li.version
       FROM listing_items li JOIN organisations o ON o.id = li.organisation_id WHERE o.slug = $1`,
      [soakSlug],
    );
    const { tokens } = await createApiTokens(
      databaseUrl,
      members.map((_, index) => ({ slug: soakSlug, name: `npm run soak, client ${index + 1}` })),
    );
    return {
      slug: soakSlug,
      timeZone: organisation[0]!.timeZone,
      locations: seeded.locations,
      clients: members.map((member, index) => ({ index, ...member, token: tokens[index]! })),
      platformIds: { facebook: platformId('facebook'), instagram: platformId('instagram') },
      listingVersions: new Map(items.map((item) => [item.cell, item.version])),
    };
  } finally {
    await client.end();
  }
}
