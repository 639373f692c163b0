// The app caches organisation-wide reads by the organisation's data version
// (lib/cache/organisation-cache.ts). To measure a page as its first view after a change, the bench
// raises that version itself, as any committed change of the organisation's data would.
import pg from 'pg';

export type CacheExpiry = {
  /** Every instance's cached reads of this organisation are stale from now on. */
  expire(slug: string): Promise<void>;
  close(): Promise<void>;
};

export async function openCacheExpiry(databaseUrl: string): Promise<CacheExpiry> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'ortsbild-bench-setup' });
  await client.connect();
  return {
    async expire(slug) {
      const { rowCount } = await client.query(
        'UPDATE organisations SET data_version = data_version + 1 WHERE slug = $1',
        [slug],
      );
      if (rowCount !== 1) throw new Error(`No organisation ${slug} to expire the cache of.`);
    },
    close: () => client.end(),
  };
}
