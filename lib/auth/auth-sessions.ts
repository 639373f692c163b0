import 'server-only';
import { db } from '@/lib/db/prisma';
import type { Locale } from '@/lib/generated/prisma/enums';

// A browser session lives at most this long, and ends earlier when unused for the idle period.
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
export const sessionIdleTimeoutMs = 7 * 24 * 60 * 60 * 1000;
const lastSeenResolutionMs = 5 * 60 * 1000;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type SessionUser = { id: string; email: string; name: string; locale: Locale };

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
  if (!uuidPattern.test(sessionId)) return null;
  const now = Date.now();
  // One statement for session and user: this runs on every signed-in request.
  const [session] = await db.$queryRaw<(SessionUser & { lastSeenAt: Date })[]>`
    SELECT u.id, u.email, u.name, u.locale::text AS locale, s.last_seen_at AS "lastSeenAt"
    FROM auth_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${sessionId}::uuid AND s.revoked_at IS NULL
      AND s.expires_at > ${new Date(now)} AND s.last_seen_at > ${new Date(now - sessionIdleTimeoutMs)}
      AND u.disabled_at IS NULL`;
  if (!session) return null;
  if (now - session.lastSeenAt.getTime() > lastSeenResolutionMs) {
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  const { lastSeenAt: _lastSeenAt, ...user } = session;
  return user;
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
