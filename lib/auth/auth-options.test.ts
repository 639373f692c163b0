import type { Session } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { createTestUser } from '@/tests/support/factories';
import { authOptions } from './auth-options';
import { createAuthSession, revokeAuthSession } from './auth-sessions';

// What /api/auth/session answers the cookie's holder: the session callback decides.
async function sessionFor(sid: string | undefined) {
  const session = {
    user: { name: 'Cookie', email: 'cookie@ortsbild.test' },
    expires: '2099-01-01T00:00:00Z',
  };
  const callback = authOptions().callbacks!.session!;
  return (await callback({ session, token: { sid } as JWT } as never)) as Session & { sessionId?: string };
}

describe('session callback', () => {
  it('passes the session id of a valid server-side session', async () => {
    const user = await createTestUser();
    const sid = await createAuthSession(user.id, {});
    expect(await sessionFor(sid)).toMatchObject({ sessionId: sid, user: { email: 'cookie@ortsbild.test' } });
  });

  it('shows nothing of the user once the server-side session is revoked', async () => {
    const user = await createTestUser();
    const sid = await createAuthSession(user.id, {});
    await revokeAuthSession(sid);
    expect(await sessionFor(sid)).toEqual({ expires: '2099-01-01T00:00:00Z' });
    expect(await sessionFor(undefined)).toEqual({ expires: '2099-01-01T00:00:00Z' });
  });
});
