import 'server-only';
import { pool } from '@/lib/db/pool';
import { hashApiToken, looksLikeApiToken } from './token-secret';

/**
 * Whether `bearer` is an API token that has not been revoked. For the proxy, which lets a state
 * change without Origin carry the session cookie only when a valid token authenticates it. Plain
 * SQL on the shared pool: the proxy is bundled without Prisma.
 */
export async function isActiveApiToken(bearer: string) {
  if (!looksLikeApiToken(bearer)) return false;
  const { rowCount } = await pool().query(
    'SELECT 1 FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashApiToken(bearer)],
  );
  return (rowCount ?? 0) > 0;
}
