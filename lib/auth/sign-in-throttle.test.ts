import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pool } from '@/lib/db/pool';
import { uniqueEmail } from '@/tests/support/factories';
import { takeSignInAttempt } from './sign-in-throttle';

// Unique addresses per test: the per-network limit counts attempts against any account.
function randomIPv4() {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

function randomIPv6Network() {
  const group = () => randomInt(0x10000).toString(16);
  return `2001:db8:${group()}:${group()}`;
}

/** `count` wrong guesses one after the other (taken and never given back); how many were allowed. */
async function guess(count: number, email: string, address: () => string) {
  let allowed = 0;
  for (let attempt = 0; attempt < count; attempt++) {
    if ((await takeSignInAttempt(email, address())).allowed) allowed++;
  }
  return allowed;
}

describe('sign-in throttling', () => {
  it('allows five guesses, then blocks the account from that address for up to 15 minutes', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    expect(await guess(5, email, () => address)).toBe(5);

    const refused = await takeSignInAttempt(email, address);
    expect(refused.allowed).toBe(false);
    if (refused.allowed) return;
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it('counts parallel attempts before any password is checked: of 20 at once, 5 are allowed', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    const attempts = await Promise.all(Array.from({ length: 20 }, () => takeSignInAttempt(email, address)));
    expect(attempts.filter((attempt) => attempt.allowed)).toHaveLength(5);
  });

  it('keeps the counters in the shared sign_in_rate_limits table', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    await guess(2, email, () => address);
    const { rows } = await pool().query<{ key: string; points: number }>(
      'SELECT key, points FROM sign_in_rate_limits WHERE key LIKE $1',
      [`%${email}%`],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { key: `account-network:${email}|${address}`, points: 2 },
        { key: `account:${email}`, points: 2 },
      ]),
    );
  });

  it('gives a refused attempt back to the limits that had room', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    await guess(5, email, () => address);
    for (let refused = 0; refused < 10; refused++) await takeSignInAttempt(email, address);
    const { rows } = await pool().query<{ points: number }>(
      'SELECT points FROM sign_in_rate_limits WHERE key = $1',
      [`account:${email}`],
    );
    expect(rows).toEqual([{ points: 5 }]);
  });

  it('still lets the same account sign in from another address', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    await guess(5, email, () => address);
    expect((await takeSignInAttempt(email, address)).allowed).toBe(false);
    expect((await takeSignInAttempt(email, randomIPv4())).allowed).toBe(true);
  });

  it('counts a whole IPv6 /64 as one network', async () => {
    const email = uniqueEmail();
    const network = randomIPv6Network();
    let host = 0;
    await guess(5, email, () => `${network}::${++host}`);
    expect((await takeSignInAttempt(email, `${network}::beef`)).allowed).toBe(false);
  });

  it('forgives the guesses from this network after the right password, and does not count it', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    await guess(4, email, () => address);
    const right = await takeSignInAttempt(email, address);
    expect(right.allowed).toBe(true);
    if (right.allowed) await right.succeeded();

    expect(await guess(5, email, () => address)).toBe(5);
    expect((await takeSignInAttempt(email, address)).allowed).toBe(false);
    const { rows } = await pool().query<{ points: number }>(
      'SELECT points FROM sign_in_rate_limits WHERE key = $1',
      [`account:${email}`],
    );
    expect(rows).toEqual([{ points: 9 }]);
  });

  it('leaves no counter behind for an account whose only attempts were right', async () => {
    const email = uniqueEmail();
    const attempt = await takeSignInAttempt(email, randomIPv4());
    if (attempt.allowed) await attempt.succeeded();
    const { rows } = await pool().query('SELECT key FROM sign_in_rate_limits WHERE key LIKE $1', [
      `%${email}%`,
    ]);
    expect(rows).toEqual([]);
  });

  it('blocks an account guessed at from many networks after 20 guesses', async () => {
    const email = uniqueEmail();
    expect(await guess(20, email, randomIPv4)).toBe(20);
    expect((await takeSignInAttempt(email, randomIPv4())).allowed).toBe(false);
    expect((await takeSignInAttempt(uniqueEmail(), randomIPv4())).allowed).toBe(true);
  });
});
