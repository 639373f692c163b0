import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link (invitation, password reset). Only its hash is stored. */
export function createLinkToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}
