import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTestUser } from '@/tests/support/factories';
import { changePassword, changePasswordPolicySchema } from './password-change';
import { verifyPassword } from './password';

const oldPassword = 'Deichbrise-Lehe-2026!';
const newPassword = 'Hafenkante-Geestemünde-77';

async function userWithSessions() {
  const user = await createTestUser({ password: oldPassword });
  const expiresAt = new Date(Date.now() + 3_600_000);
  const [current, other, another] = await Promise.all(
    [1, 2, 3].map(() =>
      db.authSession.create({ data: { userId: user.id, expiresAt }, select: { id: true } }),
    ),
  );
  return { user, current: current!.id, others: [other!.id, another!.id] };
}

const hashOf = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash!;

describe('changePassword', () => {
  it('sets the new password, ends every other session but this one and records the change', async () => {
    const { user, current, others } = await userWithSessions();
    const reset = await db.passwordResetToken.create({
      data: { userId: user.id, tokenHash: `reset-${user.id}`, expiresAt: new Date(Date.now() + 60_000) },
    });
    await changePassword(user, current, { currentPassword: oldPassword, newPassword });

    const hash = await hashOf(user.id);
    expect(await verifyPassword(hash, newPassword)).toBe(true);
    expect(await verifyPassword(hash, oldPassword)).toBe(false);
    const sessions = await db.authSession.findMany({
      where: { userId: user.id },
      select: { id: true, revokedAt: true },
    });
    expect(sessions.filter((session) => session.revokedAt === null).map((session) => session.id)).toEqual([
      current,
    ]);
    expect(
      sessions
        .filter((session) => session.revokedAt !== null)
        .map((session) => session.id)
        .sort(),
    ).toEqual(others.sort());
    expect(
      (await db.passwordResetToken.findUniqueOrThrow({ where: { id: reset.id } })).usedAt,
    ).not.toBeNull();
    expect(await db.auditEvent.count({ where: { userId: user.id, action: 'auth.password_changed' } })).toBe(
      1,
    );
  });

  it('refuses a wrong current password on its field and changes nothing', async () => {
    const { user, current } = await userWithSessions();
    const before = await hashOf(user.id);
    await expect(
      changePassword(user, current, { currentPassword: 'not my password', newPassword }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'dataRights.errors.currentPasswordWrong',
      field: 'currentPassword',
    });
    expect(await hashOf(user.id)).toBe(before);
    expect(await db.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(3);
    expect(await db.auditEvent.count({ where: { userId: user.id, action: 'auth.password_changed' } })).toBe(
      0,
    );
  });

  it('slows down guessing like sign-in: after five wrong guesses even the right password waits', async () => {
    const { user, current } = await userWithSessions();
    for (let attempt = 0; attempt < 5; attempt++) {
      await changePassword(user, current, { currentPassword: `guess ${attempt}`, newPassword }).catch(
        () => {},
      );
    }
    await expect(
      changePassword(user, current, { currentPassword: oldPassword, newPassword }),
    ).rejects.toMatchObject({
      messageKey: 'errors.tooManyAttempts',
      field: 'currentPassword',
    });
    expect(await verifyPassword(await hashOf(user.id), oldPassword)).toBe(true);
  });
});

describe('changePasswordPolicySchema', () => {
  const email = 'jana.hansen@baeckerei-deichbrise.de';
  const fieldMessages = async (input: Record<string, string>) =>
    (await changePasswordPolicySchema(email).safeParseAsync(input)).error?.issues.map((issue) => [
      issue.path.join('.'),
      issue.message,
    ]);

  it('applies the sign-up policy to the new password', async () => {
    expect(await fieldMessages({ currentPassword: 'x', newPassword: 'password123' })).toEqual([
      ['newPassword', 'passwordTooCommon'],
    ]);
    expect(await fieldMessages({ currentPassword: 'x', newPassword: `${email}!` })).toEqual([
      ['newPassword', 'passwordContainsEmail'],
    ]);
    expect(await fieldMessages({ currentPassword: '', newPassword: 'kurz' })).toEqual(
      expect.arrayContaining([
        ['currentPassword', 'passwordRequired'],
        ['newPassword', 'passwordTooShort'],
      ]),
    );
    expect(await fieldMessages({ currentPassword: 'x', newPassword })).toBeUndefined();
  });
});
