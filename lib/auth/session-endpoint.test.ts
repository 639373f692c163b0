import { describe, expect, it } from 'vitest';
import { createTestUser } from '@/tests/support/factories';
import { createAuthSession, revokeAuthSession } from './auth-sessions';
import { withoutEndedSession } from './session-endpoint';

// What next-auth answers from a valid cookie, with the set-cookie header it may add.
function sessionAnswer(sessionId?: string) {
  const body = {
    user: { name: 'Cookie', email: 'cookie@ortsbild.test' },
    expires: '2099-01-01T00:00:00Z',
    sessionId,
  };
  return Response.json(body, { headers: { 'set-cookie': 'next-auth.session-token=x; Path=/; HttpOnly' } });
}

describe('GET /api/auth/session', () => {
  it('passes the answer on while the server-side session is valid', async () => {
    const user = await createTestUser();
    const sessionId = await createAuthSession(user.id, {});
    const answer = await withoutEndedSession(sessionAnswer(sessionId));
    expect(await answer.json()).toMatchObject({ sessionId, user: { email: 'cookie@ortsbild.test' } });
  });

  it('shows nothing of the user once the server-side session is revoked, keeping the headers', async () => {
    const user = await createTestUser();
    const sessionId = await createAuthSession(user.id, {});
    await revokeAuthSession(sessionId);
    const answer = await withoutEndedSession(sessionAnswer(sessionId));
    expect(await answer.json()).toEqual({});
    expect(answer.headers.get('set-cookie')).toContain('next-auth.session-token');
  });

  it('leaves an answer without a session (signed out) as it is', async () => {
    expect(await (await withoutEndedSession(Response.json({}))).json()).toEqual({});
  });
});
