import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTestUser, expectAppError, uniqueEmail } from '@/tests/support/factories';
import { findLink, startSmtpCatcher } from '@/tests/support/smtp-catcher';
import { createAuthSession, findSessionUser } from './auth-sessions';
import { hashPassword, verifyPassword } from './password';
import { isResetLinkValid, requestPasswordReset, resetPassword } from './password-reset';

// Before anything calls env(), which reads SMTP_URL once for this file.
const catcher = await startSmtpCatcher();
process.env.SMTP_URL = catcher.url;
afterAll(() => catcher.stop());

const oldPassword = 'Deichbrise-alt-2026';
const newPassword = 'Nordsee-neu-2026-lang';

async function userWithPassword() {
  const user = await createTestUser({ label: 'reset' });
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(oldPassword) } });
  return user;
}

async function requestResetToken(email: string) {
  const countBefore = catcher.messagesTo(email).length;
  await requestPasswordReset(email);
  const mails = catcher.messagesTo(email);
  expect(mails).toHaveLength(countBefore + 1);
  const link = findLink(mails[0]!.text, '/reset-password/');
  expect(link, mails[0]!.text).not.toBeNull();
  return link!.pathname.slice('/reset-password/'.length);
}

describe('password reset', () => {
  it('mails an absolute link with a token that is only stored as a hash', async () => {
    const user = await userWithPassword();
    await requestPasswordReset(user.email);
    const mail = await catcher.waitForMail(user.email);
    expect(mail.subject).toBe('Reset your Ortsbild password');
    const link = findLink(mail.text, '/reset-password/');
    expect(link?.origin).toBe(new URL(process.env.NEXTAUTH_URL!).origin);
    const token = link!.pathname.split('/').at(-1)!;
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(await isResetLinkValid(token)).toBe(true);
    const stored = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
  });

  it('sets the new password, ends all sessions, and works only once', async () => {
    const user = await userWithPassword();
    const sessionId = await createAuthSession(user.id, {});
    const token = await requestResetToken(user.email);

    await resetPassword(token, newPassword);

    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash!, newPassword)).toBe(true);
    expect(await verifyPassword(passwordHash!, oldPassword)).toBe(false);
    expect(await findSessionUser(sessionId)).toBeNull();
    expect(await isResetLinkValid(token)).toBe(false);

    await expectAppError(resetPassword(token, 'Yet-another-password-99'), 'RESET_LINK_INVALID');
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(passwordHash);
  });

  it('uses up the other open links of the user too', async () => {
    const user = await userWithPassword();
    const first = await requestResetToken(user.email);
    const second = await requestResetToken(user.email);
    await resetPassword(second, newPassword);
    await expectAppError(resetPassword(first, 'Another-password-2026'), 'RESET_LINK_INVALID');
  });

  it('refuses an expired link and leaves the password as it was', async () => {
    const user = await userWithPassword();
    const token = await requestResetToken(user.email);
    await db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await isResetLinkValid(token)).toBe(false);
    await expectAppError(resetPassword(token, newPassword), 'RESET_LINK_INVALID');
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash!, oldPassword)).toBe(true);
  });

  it('refuses a made-up token', async () => {
    await expectAppError(resetPassword('x'.repeat(43), newPassword), 'RESET_LINK_INVALID');
  });

  it('sends nothing for an unknown address or a disabled user', async () => {
    const unknown = uniqueEmail('nobody');
    await requestPasswordReset(unknown);
    const disabled = await userWithPassword();
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await requestPasswordReset(disabled.email);

    expect(catcher.messagesTo(unknown)).toEqual([]);
    expect(catcher.messagesTo(disabled.email)).toEqual([]);
    expect(await db.passwordResetToken.count({ where: { userId: disabled.id } })).toBe(0);
  });
});
