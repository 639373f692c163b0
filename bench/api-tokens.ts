// API tokens for the /api/v1 measurements (and the soak's clients), created straight in the
// database (only the hash is stored, as the app does); the bench deletes its own when the run ends.
import pg from 'pg';
import { generateApiTokenSecret } from '../lib/api-tokens/token-secret';

/** One token per entry, for the organisation with that slug; the secrets in the same order. */
export async function createApiTokens(databaseUrl: string, entries: { slug: string; name: string }[]) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-bench-setup' });
  await client.connect();
  const tokens: string[] = [];
  const ids: string[] = [];
  try {
    for (const { slug, name } of entries) {
      const { token, tokenHash, tokenPrefix } = generateApiTokenSecret();
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO api_tokens (id, organisation_id, name, token_hash, token_prefix)
         SELECT gen_random_uuid(), id, $4, $2, $3 FROM organisations WHERE slug = $1
         RETURNING id`,
        [slug, tokenHash, tokenPrefix, name],
      );
      if (!rows[0]) throw new Error(`No organisation ${slug} for an API token.`);
      ids.push(rows[0].id);
      tokens.push(token);
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

/** One token per organisation for this run, by slug. */
export async function createBenchApiTokens(databaseUrl: string, slugs: string[]) {
  const { tokens, remove } = await createApiTokens(
    databaseUrl,
    slugs.map((slug) => ({ slug, name: 'npm run bench' })),
  );
  return { tokens: Object.fromEntries(slugs.map((slug, index) => [slug, tokens[index]!])), remove };
}
