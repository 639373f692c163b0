import 'server-only';
import { z } from 'zod';
import { currentRequestOrigin, recordAuditEvent } from '@/lib/audit/audit-log';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { CurrentUser } from './current-user';
import { hashPassword, verifyPassword } from './password';
import { checkPassword } from './password-policy';
import { passwordSchema } from './schemas';
import { takeSignInAttempt } from './sign-in-throttle';

// Changing the password while signed in: the current password proves it is the account's
// owner and not someone at an unlocked browser; the new one must pass the sign-up policy.
// Every other session ends, so a thief's session dies with the old password.

export const changePasswordSchema = z.object({
  currentPassword: z
    .string({ error: 'passwordRequired' })
    .min(1, { error: 'passwordRequired' })
    .max(1024, { error: 'passwordTooLong' }),
  newPassword: passwordSchema,
});

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** The schema plus the server's policy (common passwords, not the email) for the new password. */
export function changePasswordPolicySchema(email: string) {
  return changePasswordSchema.superRefine((input, context) =>
    checkPassword(input.newPassword, email, context, 'newPassword'),
  );
}

/**
 * Throws a FORBIDDEN on `field` unless `password` is the user's current one. Wrong guesses count
 * as failed sign-ins of the account, so a stolen session cannot guess the password faster.
 */
export async function verifyCurrentPassword(
  user: Pick<CurrentUser, 'id' | 'email'>,
  password: string | undefined,
  field: string,
) {
  const address = (await currentRequestOrigin()).ipAddress ?? 'unknown';
  const attempt = await takeSignInAttempt(user.email, address);
  if (!attempt.allowed)
    throw new AppError('FORBIDDEN', { messageKey: 'errors.tooManyAttempts', field: field });
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!passwordHash || !password || !(await verifyPassword(passwordHash, password))) {
    throw new AppError('FORBIDDEN', { messageKey: 'dataRights.errors.currentPasswordWrong', field: field });
  }
  await attempt.succeeded();
}

/** Sets the new password and ends every session of the user except `currentSessionId`. */
export async function changePassword(
  user: CurrentUser,
  currentSessionId: string | null,
  input: ChangePasswordInput,
) {
  await verifyCurrentPassword(user, input.currentPassword, 'currentPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.authSession.updateMany({
      where: {
        userId: user.id,
        revokedAt: null,
        ...(currentSessionId ? { id: { not: currentSessionId } } : {}),
      },
      data: { revokedAt: new Date() },
    });
    // A reset link asked for earlier would otherwise still set a password of its own.
    await tx.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    await recordAuditEvent(
      { action: 'auth.password_changed', actor: { kind: 'user', userId: user.id, label: user.email } },
      tx,
    );
  });
}

/** Whether the user signs in with a password at all (accounts from a provider have none). */
export async function hasPassword(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
