import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decoyPasswordHash, hashPassword, isCommonPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the password it hashed, as argon2id, salted', async () => {
    const hash = await hashPassword('Deichbrise-2026!');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'Deichbrise-2026!')).toBe(true);
    expect(await hashPassword('Deichbrise-2026!')).not.toBe(hash);
  });

  it('rejects a wrong password', async () => {
    const hash = await hashPassword('Deichbrise-2026!');
    expect(await verifyPassword(hash, 'deichbrise-2026!')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('answers false (not an error) for a malformed hash', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('has a decoy hash that no ordinary password matches', async () => {
    expect(await verifyPassword(await decoyPasswordHash(), 'password')).toBe(false);
  });
});

describe('isCommonPassword', () => {
  it('knows leaked passwords, case-insensitively', () => {
    expect(isCommonPassword('password1')).toBe(true);
    expect(isCommonPassword('Passwort')).toBe(true);
    expect(isCommonPassword('QWERTY')).toBe(true);
  });

  it('lets a random long password pass', () => {
    expect(isCommonPassword(randomBytes(18).toString('base64url'))).toBe(false);
    expect(isCommonPassword('Deichbrise-Bremerhaven-2026')).toBe(false);
  });
});
