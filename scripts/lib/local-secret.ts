import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const secretFile = path.join(process.cwd(), '.data', 'nextauth-secret');

/**
 * For `npm start` on a developer's machine only: a session-signing secret made once and kept in
 * .data/. Deployments set NEXTAUTH_SECRET (shared by all instances) and never reach this.
 */
export async function ensureLocalSecret() {
  const existing = (await readFile(secretFile, 'utf8').catch(() => '')).trim();
  if (existing.length >= 32) return existing;
  const secret = randomBytes(32).toString('base64url');
  await mkdir(path.dirname(secretFile), { recursive: true });
  await writeFile(secretFile, secret, { mode: 0o600 });
  return secret;
}
