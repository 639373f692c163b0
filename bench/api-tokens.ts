// API tokens for the /api/v1 measurements: one per organisation for this run, created straight in
// the database (only the hash is stored, as the app does) and deleted when the run ends.
import pg from 'pg';
import { generateApiTokenSecret } from '../lib/api-tokens/token-secret';

export async function createBenchApiTokens(databaseUrl: string, slugs: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-bench-setup' });
  await client.connect();
  const tokens: Record<string, string> = {};
  const ids: string[] = [];
  try {
    for (const slug of slugs) {
      const { token, tokenHash, tokenPrefix } = generateApiTokenSecret();
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO api_tokens (id, organisation_id, name, token_hash, token_prefix)
         SELECT gen_random_uuid(), id, 'npm run bench', $2, $3 FROM organisations WHERE slug = $1
         RETURNING id`,
        [slug, tokenHash, tokenPrefix],
      );
      ids.push(rows[0]!.id);
      tokens[slug] = token;
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
    await cleanup.query('DELETE FROM api_tokens WHERE id = ANY($1::uuid[])', [ids]);
    await cleanup.end();
  };
  return { tokens, remove };
}
