import 'server-only';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { translatorFor } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import { createLinkToken, hashLinkToken } from '@/lib/security/tokens';
import { hashPassword } from './password';

const resetLinkLifetimeMs = 60 * 60 * 1000;

/**
 * Mails a reset link if the address belongs to an active user. The answer to the requester
 * is the same either way, so the form does not reveal who has an account. Without SMTP the
 * link goes to the server log only: showing it to an anonymous requester would hand over the account.
 */
export async function requestPasswordReset(email: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, disabledAt: true, locale: true },
  });
  if (!user || user.disabledAt) return;
  const { token, tokenHash } = createLinkToken();
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + resetLinkLifetimeMs) },
  });
  const t = translatorFor(user.locale, 'mail.passwordReset');
  await sendMail({
    to: email,
    subject: t('subject'),
    text: t('body', { link: await absoluteUrl(`/reset-password/${token}`) }),
  });
}

export async function isResetLinkValid(token: string) {
  const found = await db.passwordResetToken.findFirst({
    where: { tokenHash: hashLinkToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return Boolean(found);
}

/** Sets the new password, uses up the link and ends every session of the user. */
export async function resetPassword(token: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const resetToken = await tx.passwordResetToken.findFirst({
      where: { tokenHash: hashLinkToken(token), usedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, userId: true, user: { select: { email: true } } },
    });
    if (!resetToken) throw new AppError('RESET_LINK_INVALID');
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: resetToken.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count === 0) throw new AppError('RESET_LINK_INVALID');
    await tx.user.update({ where: { id: resetToken.userId }, data: { passwordHash } });
    await tx.passwordResetToken.updateMany({
      where: { userId: resetToken.userId, usedAt: null },
      data: { usedAt: new Date() },
    });
    await tx.authSession.updateMany({
      where: { userId: resetToken.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const actor = { kind: 'user', userId: resetToken.userId, label: resetToken.user.email } as const;
    await recordAuditEvent({ action: 'auth.password_reset', actor }, tx);
  });
}
