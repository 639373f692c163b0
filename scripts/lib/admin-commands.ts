// The work behind `npm run admin`: plain modules only (no server-only), on a PrismaClient the
// command line opens itself. Each command validates like the app does and throws
// AdminCommandError with a message for the person at the terminal.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { createApiTokenSchema } from '../../lib/api-tokens/schemas';
import { auditEventData, type AuditEventInput } from '../../lib/audit/audit-event-data';
import { generateApiTokenSecret } from '../../lib/api-tokens/token-secret';
import { hashPassword, isCommonPassword } from '../../lib/auth/password';
import { emailSchema, passwordSchema, personNameSchema } from '../../lib/auth/schemas';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import type { Translator } from '../../lib/i18n/app-error-text';
import { translatorFor } from '../../lib/i18n/translator';

export class AdminCommandError extends Error {}

const t = translatorFor('en', '') as unknown as Translator;

/** Parses with a schema of the app; its message keys become English sentences. */
function parseOrFail<S extends z.ZodType>(schema: S, value: unknown, label: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const key = issue.message.includes('.') ? issue.message : `validation.${issue.message}`;
    return t.has(key) ? t(key) : issue.message;
  });
  throw new AdminCommandError(`${label}: ${[...new Set(messages)].join(' ')}`);
}

/** The app's password rules (lib/auth/password-policy.ts): length, not common, not the email. */
function checkPassword(password: string, email: string) {
  parseOrFail(passwordSchema, password, '--password');
  if (isCommonPassword(password))
    throw new AdminCommandError(`--password: ${t('validation.passwordTooCommon')}`);
  if (password.toLowerCase().includes(email.toLowerCase())) {
    throw new AdminCommandError(`--password: ${t('validation.passwordContainsEmail')}`);
  }
}

/** 24 characters from 144 random bits: never on a list of common passwords. */
function generatePassword() {
  return randomBytes(18).toString('base64url');
}

export async function createUser(
  db: PrismaClient,
  options: { email?: string; name?: string; password?: string; locale?: string },
) {
  const email = parseOrFail(emailSchema, options.email ?? '', '--email');
  const name = parseOrFail(personNameSchema, options.name ?? '', '--name');
  const locale = parseOrFail(z.enum(['de', 'en']).default('de'), options.locale, '--locale');
  const password = options.password ?? generatePassword();
  checkPassword(password, email);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AdminCommandError(`A user with the email ${email} already exists.`);
  }
  const user = await db.user.create({
    data: { email, name, locale, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true },
  });
  return { user, generatedPassword: options.password === undefined ? password : undefined };
}

/** The audit log row of something done at the terminal (no signed-in user, no request) to `userId`'s account. */
function adminAuditEvent(event: Omit<AuditEventInput, 'actor' | 'origin'>, userId?: string) {
  const actor = { kind: 'anonymous', label: 'npm run admin', userId } as const;
  return auditEventData({ ...event, actor }, { ipAddress: null, userAgent: null });
}

/** Sets a new password and ends every session of the user, as the reset link does. */
export async function resetPassword(db: PrismaClient, options: { email?: string; password?: string }) {
  const email = parseOrFail(emailSchema, options.email ?? '', '--email');
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AdminCommandError(`No user has the email ${email}.`);
  const password = options.password ?? generatePassword();
  checkPassword(password, email);
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const [, sessions] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.authSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } }),
    db.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } }),
    db.auditEvent.create({
      data: adminAuditEvent({ action: 'auth.password_reset', details: { by: 'admin' } }, user.id),
    }),
  ]);
  return {
    email,
    revokedSessions: sessions.count,
    generatedPassword: options.password === undefined ? password : undefined,
  };
}

/** A token created here has no creating user; the settings page shows "by the admin command line". */
export async function createToken(db: PrismaClient, options: { org?: string; name?: string }) {
  const { name } = parseOrFail(createApiTokenSchema, { name: options.name ?? '' }, '--name');
  const slug = options.org?.trim();
  if (!slug)
    throw new AdminCommandError('--org: give the slug of the organisation (see list-organisations).');
  const organisation = await db.organisation.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true },
  });
  if (!organisation) throw new AdminCommandError(`No organisation has the slug ${slug}.`);
  const { token, tokenHash, tokenPrefix } = generateApiTokenSecret();
  await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { organisationId: organisation.id, name, tokenHash, tokenPrefix },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: adminAuditEvent({
        action: 'api_token.created',
        organisationId: organisation.id,
        target: { type: 'api_token', id: created.id },
        details: { name, prefix: tokenPrefix },
      }),
    });
  });
  return { token, organisation };
}

export type OrganisationRow = { slug: string; name: string; members: number; locations: number };

/** Every organisation with its member and (not archived) location counts, in one query. */
export async function listOrganisations(db: PrismaClient): Promise<OrganisationRow[]> {
  return db.$queryRaw<OrganisationRow[]>`
    SELECT o.slug, o.name,
      (SELECT count(*) FROM memberships m WHERE m.organisation_id = o.id)::int AS members,
      (SELECT count(*) FROM locations l WHERE l.organisation_id = o.id AND l.archived_at IS NULL)::int AS locations
    FROM organisations o
    ORDER BY o.name, o.slug`;
}
