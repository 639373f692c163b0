import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pool } from '@/lib/db/pool';
import { uniqueEmail } from '@/tests/support/factories';
import { recordFailedSignIn, recordSuccessfulSignIn, secondsUntilSignInAllowed } from './sign-in-throttle';

// Unique addresses per test: the per-network limit counts failures against any account.
function randomIPv4() {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

function randomIPv6Network() {
  const group = () => randomInt(0x10000).toString(16);
  return `2001:db8:${group()}:${group()}`;
}

async function failTimes(count: number, email: string, address: string) {
  for (let attempt = 0; attempt < count; attempt++) await recordFailedSignIn(email, address);
}

describe('sign-in throttling', () => {
  it('allows four failures, then blocks the account from that address for up to 15 minutes', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    await failTimes(4, email, address);
    expect(await secondsUntilSignInAllowed(email, address)).toBe(0);

    await recordFailedSignIn(email, address);
    const wait = await secondsUntilSignInAllowed(email, address);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });

  it('keeps the counters in the shared sign_in_rate_limits table', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    await failTimes(2, email, address);
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

  it('still lets the same account sign in from another address', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    await failTimes(5, email, address);
    expect(await secondsUntilSignInAllowed(email, address)).toBeGreaterThan(0);
    expect(await secondsUntilSignInAllowed(email, randomIPv4())).toBe(0);
  });

  it('counts a whole IPv6 /64 as one network', async () => {
    const email = uniqueEmail();
    const network = randomIPv6Network();
    for (let host = 1; host <= 5; host++) await recordFailedSignIn(email, `${network}::${host}`);
    expect(await secondsUntilSignInAllowed(email, `${network}::beef`)).toBeGreaterThan(0);
  });

  it('resets the account-and-network counter after a successful sign-in', async () => {
    const email = uniqueEmail();
    const address = randomIPv4();
    await failTimes(5, email, address);
    expect(await secondsUntilSignInAllowed(email, address)).toBeGreaterThan(0);

    await recordSuccessfulSignIn(email, address);
    expect(await secondsUntilSignInAllowed(email, address)).toBe(0);
    await failTimes(4, email, address);
    expect(await secondsUntilSignInAllowed(email, address)).toBe(0);
  });

  it('blocks an account guessed at from many networks after 20 failures', async () => {
    const email = uniqueEmail();
    for (let attempt = 0; attempt < 20; attempt++) await recordFailedSignIn(email, randomIPv4());
    expect(await secondsUntilSignInAllowed(email, randomIPv4())).toBeGreaterThan(0);
    expect(await secondsUntilSignInAllowed(uniqueEmail(), randomIPv4())).toBe(0);
  });
});
