import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTestUser } from '@/tests/support/factories';
import {
  createAuthSession,
  findSessionUser,
  revokeAllAuthSessions,
  revokeAuthSession,
  sessionIdleTimeoutMs,
} from './auth-sessions';

const dayMs = 24 * 60 * 60 * 1000;

describe('auth sessions', () => {
  it('finds the user of a new session, and records where it came from', async () => {
    const user = await createTestUser();
    const sessionId = await createAuthSession(user.id, { ipAddress: '203.0.113.7', userAgent: 'Vitest' });
    expect(await findSessionUser(sessionId)).toEqual(user);
    const row = await db.authSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({
      userId: user.id,
      ipAddress: '203.0.113.7',
      userAgent: 'Vitest',
      revokedAt: null,
    });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * dayMs);
  });

  it('ends one session on revoke and leaves the others', async () => {
    const user = await createTestUser();
    const first = await createAuthSession(user.id, {});
    const second = await createAuthSession(user.id, {});
    await revokeAuthSession(first);
    expect(await findSessionUser(first)).toBeNull();
    expect(await findSessionUser(second)).toEqual(user);
  });

  it('ends every session of the user, and only theirs, on revoke all', async () => {
    const user = await createTestUser();
    const someoneElse = await createTestUser();
    const sessions = await Promise.all([createAuthSession(user.id, {}), createAuthSession(user.id, {})]);
    const otherSession = await createAuthSession(someoneElse.id, {});
    await revokeAllAuthSessions(user.id);
    for (const sessionId of sessions) expect(await findSessionUser(sessionId)).toBeNull();
    expect(await findSessionUser(otherSession)).toEqual(someoneElse);
  });

  it('does not accept sessions of a disabled user', async () => {
    const user = await createTestUser();
    const sessionId = await createAuthSession(user.id, {});
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findSessionUser(sessionId)).toBeNull();
  });

  it('ends a session unused for longer than the idle timeout', async () => {
    const user = await createTestUser();
    const sessionId = await createAuthSession(user.id, {});
    await db.authSession.update({
      where: { id: sessionId },
      data: { lastSeenAt: new Date(Date.now() - sessionIdleTimeoutMs - 60_000) },
    });
    expect(await findSessionUser(sessionId)).toBeNull();
  });

  it('ends an expired session even when it was used recently', async () => {
    const user = await createTestUser();
    const sessionId = await createAuthSession(user.id, {});
    await db.authSession.update({
      where: { id: sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findSessionUser(sessionId)).toBeNull();
  });

  it('marks a session as seen when it is used after a while', async () => {
    const user = await createTestUser();
    const sessionId = await createAuthSession(user.id, {});
    const twoDaysAgo = new Date(Date.now() - 2 * dayMs);
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: twoDaysAgo } });
    expect(await findSessionUser(sessionId)).toEqual(user);
    const { lastSeenAt } = await db.authSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers null for a session id that does not exist', async () => {
    expect(await findSessionUser(crypto.randomUUID())).toBeNull();
  });
});
