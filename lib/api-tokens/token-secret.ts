import { randomBytes } from 'node:crypto';
import { hashLinkToken } from '@/lib/security/tokens';

// The secret of an API token: "ob_" and 43 base64url characters (256 random bits). Only its
// SHA-256 is stored; the prefix (the first characters) tells tokens apart in lists. Plain module:
// the admin command line creates tokens too.
const tokenPattern = /^ob_[A-Za-z0-9_-]{43}$/;
const prefixLength = 10;

export function generateApiTokenSecret() {
  const token = `ob_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), tokenPrefix: token.slice(0, prefixLength) };
}

export function hashApiToken(token: string) {
  return hashLinkToken(token);
}

/** Spares the database a look-up for strings that cannot be a token. */
export function looksLikeApiToken(value: string) {
  return tokenPattern.test(value);
}

const bearerPattern = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** The token of an `Authorization: Bearer …` header; null for another scheme or none. */
export function bearerTokenOf(authorization: string | null) {
  return bearerPattern.exec(authorization ?? '')?.[1] ?? null;
}
