import 'server-only';
import { db } from '@/lib/db/prisma';
import type { AuditOrigin } from './audit-event-data';
import { recordAuditEvent } from './audit-log';

// Sign-in attempts belong to no organisation; the log page shows them to the owners of every
// organisation the account is a member of. `method` is "password" or the OAuth provider's id.

export async function recordSignIn(
  user: { id: string; email: string },
  method: string,
  origin?: AuditOrigin,
) {
  await recordAuditEvent({
    action: 'auth.sign_in',
    actor: { kind: 'user', userId: user.id, label: user.email },
    details: { method },
    origin,
  });
}

/**
 * A refused attempt, by the email that was tried. When that email belongs to an account, the
 * event is linked to it (looked up when `userId` is not given), so its owners see the attack.
 */
export async function recordRefusedSignIn(attempt: {
  action: 'auth.sign_in_failed' | 'auth.sign_in_throttled';
  email: string;
  method: string;
  userId?: string | null;
  origin?: AuditOrigin;
  reason?: string;
}) {
  const userId =
    attempt.userId !== undefined
      ? attempt.userId
      : ((await db.user.findUnique({ where: { email: attempt.email }, select: { id: true } }))?.id ?? null);
  await recordAuditEvent({
    action: attempt.action,
    actor: { kind: 'anonymous', label: attempt.email, userId },
    details: { method: attempt.method, ...(attempt.reason ? { reason: attempt.reason } : {}) },
    origin: attempt.origin,
  });
}

export async function recordSignOut(user: { id: string; email: string }) {
  await recordAuditEvent({
    action: 'auth.sign_out',
    actor: { kind: 'user', userId: user.id, label: user.email },
  });
}

/** "Sign out everywhere": every session of the user ended at once. */
export async function recordSignOutEverywhere(user: { id: string; email: string }) {
  await recordAuditEvent({
    action: 'auth.sign_out_everywhere',
    actor: { kind: 'user', userId: user.id, label: user.email },
  });
}
