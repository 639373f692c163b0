import 'server-only';
import { db } from '@/lib/db/prisma';

// A browser session lives at most this long, and ends earlier when unused for the idle period.
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
export const sessionIdleTimeoutMs = 7 * 24 * 60 * 60 * 1000;
const lastSeenResolutionMs = 5 * 60 * 1000;

export type SessionMetadata = { userAgent?: string | null; ipAddress?: string | null };

export async function createAuthSession(userId: string, metadata: SessionMetadata) {
  const session = await db.authSession.create({
    data: {
      userId,
      expiresAt: new Date(Date.now() + sessionLifetimeMs),
      userAgent: metadata.userAgent?.slice(0, 300) ?? null,
      ipAddress: metadata.ipAddress ?? null,
    },
    select: { id: true },
  });
  return session.id;
}

/**
 * The user behind a session id, if the session is still valid: not revoked, not expired, not
 * idle too long, and the user not disabled. Marks the session as seen (at most every 5 minutes).
 */
export async function findSessionUser(sessionId: string) {
  const now = Date.now();
  const session = await db.authSession.findFirst({
    where: {
      id: sessionId,
      revokedAt: null,
      expiresAt: { gt: new Date(now) },
      lastSeenAt: { gt: new Date(now - sessionIdleTimeoutMs) },
      user: { disabledAt: null },
    },
    select: {
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, locale: true } },
    },
  });
  if (!session) return null;
  if (now - session.lastSeenAt.getTime() > lastSeenResolutionMs) {
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  return session.user;
}

export async function revokeAuthSession(sessionId: string) {
  await db.authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** "Sign out everywhere", password changes and disabling a user end every session of theirs. */
export async function revokeAllAuthSessions(userId: string) {
  await db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
