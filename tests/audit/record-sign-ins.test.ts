import { describe, expect, it, vi } from 'vitest';
import { createAuthSession } from '@/lib/auth/auth-sessions';
import { db } from '@/lib/db/prisma';
import { createLinkToken } from '@/lib/security/tokens';
import { createTestUser, uniqueEmail } from '@/tests/support/factories';
import { cleanUserAgent, eventsOf, requestHeaders } from './audit-test-support';

vi.mock('next/headers', () => ({ headers: async () => requestHeaders, cookies: async () => new Map() }));
const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string } }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
}));

const { authOptions } = await import('@/lib/auth/auth-options');
const { resetPassword } = await import('@/lib/auth/password-reset');
const { signOutEverywhere } = await import('@/app/(app)/account/sign-out-everywhere');

const password = 'Deichbrise-Test-2026';
const signInRequest = {
  headers: { 'x-forwarded-for': '198.51.100.4', 'user-agent': 'Firefox\nSecond line' },
};

type Authorize = (credentials: Record<string, string>, request: typeof signInRequest) => Promise<unknown>;
function authorize(email: string, attempt: string) {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize({ email, password: attempt }, signInRequest);
}

describe('sign-in events', () => {
  it('records a sign-in with the address and browser of the request, and no organisation', async () => {
    const user = await createTestUser({ label: 'signin', password });
    await authorize(user.email, password);
    const [event, ...more] = await eventsOf('auth.sign_in', { userId: user.id });
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      organisationId: null,
      userId: user.id,
      actorLabel: user.email,
      ipAddress: '198.51.100.4',
      userAgent: 'Firefox Second line',
      details: { method: 'password' },
    });
  });

  it('records failed attempts under the email tried, linked to the account when it exists', async () => {
    const user = await createTestUser({ label: 'failed', password });
    await expect(authorize(user.email, 'Falsches-Passwort-1')).rejects.toThrow('invalidCredentials');
    const [failed, ...more] = await eventsOf('auth.sign_in_failed', { userId: user.id });
    expect(more).toEqual([]);
    expect(failed).toMatchObject({ userId: user.id, actorLabel: user.email, ipAddress: '198.51.100.4' });

    const unknown = uniqueEmail('nobody');
    await expect(authorize(unknown, 'Falsches-Passwort-1')).rejects.toThrow('invalidCredentials');
    const anonymous = await db.auditEvent.findMany({
      where: { action: 'auth.sign_in_failed', actorLabel: unknown },
    });
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]).toMatchObject({ userId: null, organisationId: null, apiTokenId: null });
  });

  it('records a throttled attempt once the account is slowed down', async () => {
    const user = await createTestUser({ label: 'throttled', password });
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(authorize(user.email, `Falsch-${attempt}-Passwort`)).rejects.toThrow('invalidCredentials');
    }
    await expect(authorize(user.email, password)).rejects.toThrow('tooManyAttempts');
    expect(await eventsOf('auth.sign_in_failed', { userId: user.id })).toHaveLength(5);
    const throttled = await eventsOf('auth.sign_in_throttled', { userId: user.id });
    expect(throttled).toHaveLength(1);
    expect(throttled[0]).toMatchObject({ actorLabel: user.email, ipAddress: '198.51.100.4' });
    expect(await eventsOf('auth.sign_in', { userId: user.id })).toEqual([]);
  });

  it('checks the password of at most five of twenty guesses sent at once', async () => {
    const user = await createTestUser({ label: 'parallel', password });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, attempt) => authorize(user.email, `Falsch-${attempt}-Passwort`)),
    );
    const errors = outcomes.map((outcome) => outcome.status === 'rejected' && String(outcome.reason));
    expect(errors.filter((error) => error && error.includes('invalidCredentials'))).toHaveLength(5);
    expect(errors.filter((error) => error && error.includes('tooManyAttempts'))).toHaveLength(15);
    expect(await eventsOf('auth.sign_in_failed', { userId: user.id })).toHaveLength(5);
  });

  it('records sign-out and sign-out everywhere with the request origin', async () => {
    const user = await createTestUser({ label: 'signout' });
    const sid = await createAuthSession(user.id, {});
    await authOptions().events!.signOut!({
      token: { sid, sub: user.id, email: user.email },
      session: null,
    } as never);
    signedIn.user = user;
    await expect(signOutEverywhere()).rejects.toThrow('redirect /sign-in?signedOut=everywhere');
    for (const action of ['auth.sign_out', 'auth.sign_out_everywhere']) {
      const events = await eventsOf(action, { userId: user.id });
      expect(events, action).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorLabel: user.email,
        ipAddress: '203.0.113.7',
        userAgent: cleanUserAgent,
      });
    }
  });

  it('records a password reset in the transaction that sets the password', async () => {
    const user = await createTestUser({ label: 'reset', password });
    const { token, tokenHash } = createLinkToken();
    await db.passwordResetToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 60_000) },
    });
    await resetPassword(token, 'Nordsee-Neu-2026-Lang');
    await expect(resetPassword(token, 'Nordsee-Neu-2026-Lang')).rejects.toMatchObject({
      code: 'RESET_LINK_INVALID',
    });
    const events = await eventsOf('auth.password_reset', { userId: user.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorLabel: user.email,
      organisationId: null,
      ipAddress: '203.0.113.7',
    });
    expect(events[0]!.details).toEqual({});
  });
});
