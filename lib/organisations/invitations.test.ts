import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/prisma';
import {
  createTeam,
  createTestUser,
  expectAppError,
  memberContextOf,
  uniqueEmail,
} from '@/tests/support/factories';
import { findLink, startSmtpCatcher, type SmtpCatcher } from '@/tests/support/smtp-catcher';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { inviteMemberSchema } from './schemas';

type InvitationsModule = typeof import('./invitations');

// env() reads SMTP_URL once per module instance: load a fresh instance for each mail setup.
async function loadInvitations(smtpUrl: string | undefined): Promise<InvitationsModule> {
  if (smtpUrl) process.env.SMTP_URL = smtpUrl;
  else delete process.env.SMTP_URL;
  vi.resetModules();
  return import('./invitations');
}

function tokenOf(link: string | URL) {
  return new URL(link).pathname.replace(/^\/invite\//, '');
}

/** The refused acceptances recorded for `userId` (for the owners' audit log). */
function refusalsOf(userId: string) {
  return db.auditEvent.findMany({
    where: { userId, action: 'access.invitation_refused' },
    select: { organisationId: true, actorLabel: true, targetId: true, details: true },
    orderBy: { createdAt: 'asc' },
  });
}

function invitationsOf(organisationId: string) {
  return db.invitation.findMany({
    where: { organisationId },
    select: { id: true, email: true, role: true, acceptedAt: true, revokedAt: true },
    orderBy: { createdAt: 'asc' },
  });
}

describe('with SMTP', () => {
  let catcher: SmtpCatcher;
  let invitations: InvitationsModule;

  beforeAll(async () => {
    catcher = await startSmtpCatcher();
    invitations = await loadInvitations(catcher.url);
  });
  afterAll(() => catcher.stop());

  async function invite(
    owner: SessionMemberContext,
    email: string,
    role: 'OWNER' | 'MANAGER' | 'STAFF',
    options: { anyoneWithLink?: boolean } = {},
  ) {
    const result = await invitations.inviteMember(owner, { email, role, ...options });
    expect(result).toEqual({ delivered: true, link: null });
    const mail = await catcher.waitForMail(email);
    const link = findLink(mail.text, '/invite/');
    expect(link, mail.text).not.toBeNull();
    return { mail, token: tokenOf(link!) };
  }

  it('mails a link with which the invited person joins in the invited role, once', async () => {
    const team = await createTeam();
    const invitee = await createTestUser({ label: 'invitee' });

    const { mail, token } = await invite(team.owner, invitee.email, 'MANAGER');
    expect(mail.subject).toContain(team.organisation.name);
    expect(mail.text).toContain(team.users.owner.name);
    expect(mail.text).toContain(`sign in with this email address (${invitee.email})`);
    expect(await invitations.findOpenInvitation(token, invitee)).toMatchObject({
      role: 'MANAGER',
      anyoneWithLink: false,
      organisation: { name: team.organisation.name },
      acceptance: 'allowed',
    });

    expect(await invitations.acceptInvitation(invitee, token)).toEqual({ slug: team.organisation.slug });
    expect(await memberContextOf(invitee, team.organisation.slug)).toMatchObject({ role: 'MANAGER' });

    await expectAppError(invitations.acceptInvitation(invitee, token), 'INVITATION_INVALID');
    const someoneElse = await createTestUser();
    await expectAppError(invitations.acceptInvitation(someoneElse, token), 'INVITATION_INVALID');
    expect(await db.membership.count({ where: { userId: someoneElse.id } })).toBe(0);
    expect(await invitations.findOpenInvitation(token, null)).toBeNull();
  });

  it('refuses a bound invitation to another account, changes nothing and records the refusal', async () => {
    const team = await createTeam();
    const invitee = await createTestUser({ label: 'bound' });
    const someoneElse = await createTestUser({ label: 'stranger' });
    const { token } = await invite(team.owner, invitee.email, 'MANAGER');
    const before = await invitationsOf(team.organisation.id);

    await expectAppError(invitations.acceptInvitation(someoneElse, token), 'INVITATION_FOR_OTHER_ACCOUNT');

    expect(await db.membership.count({ where: { userId: someoneElse.id } })).toBe(0);
    expect(await invitationsOf(team.organisation.id)).toEqual(before);
    expect(await refusalsOf(someoneElse.id)).toEqual([
      {
        organisationId: team.organisation.id,
        actorLabel: someoneElse.email,
        targetId: before[0]!.id,
        details: { email: invitee.email, role: 'MANAGER', request: 'action' },
      },
    ]);
    // The invitation stays open for the person it was meant for.
    await invitations.acceptInvitation(invitee, token);
    expect(await memberContextOf(invitee, team.organisation.slug)).toMatchObject({ role: 'MANAGER' });
  });

  it('accepts the invited account whatever the case of its email address', async () => {
    const team = await createTeam();
    const invitee = await createTestUser({ label: 'mixed' });
    // An account stored with capitals (created before emails were lower-cased, or by hand).
    const shouting = {
      ...invitee,
      email: invitee.email.replace(/^mixed/, 'MiXeD').replace('.test', '.TEST'),
    };
    await db.user.update({ where: { id: invitee.id }, data: { email: shouting.email } });
    const invited = inviteMemberSchema.parse({ email: ` ${invitee.email.toUpperCase()} `, role: 'STAFF' });
    const { token } = await invite(team.owner, invited.email, invited.role);

    await invitations.acceptInvitation(shouting, token);
    expect(await memberContextOf(shouting, team.organisation.slug)).toMatchObject({ role: 'STAFF' });

    // And the other way round: an invitation stored with capitals (not through the form's schema).
    const other = await createTeam();
    const lowerCase = await createTestUser({ label: 'lower' });
    const upper = await invite(other.owner, lowerCase.email.toUpperCase(), 'MANAGER');
    await invitations.acceptInvitation(lowerCase, upper.token);
    expect(await memberContextOf(lowerCase, other.organisation.slug)).toMatchObject({ role: 'MANAGER' });
  });

  it('lets another account join when the owner chose "anyone with the link"', async () => {
    const team = await createTeam();
    const email = uniqueEmail('private-address');
    const colleague = await createTestUser({ label: 'work-account' });
    const { mail, token } = await invite(team.owner, email, 'STAFF', { anyoneWithLink: true });
    expect(mail.text).not.toContain('sign in with this email address');
    expect(await invitations.listOpenInvitations(team.owner)).toMatchObject([
      { email, anyoneWithLink: true },
    ]);
    expect(await invitations.findOpenInvitation(token, colleague)).toMatchObject({ acceptance: 'allowed' });

    await invitations.acceptInvitation(colleague, token);
    expect(await memberContextOf(colleague, team.organisation.slug)).toMatchObject({ role: 'STAFF' });
    expect(await refusalsOf(colleague.id)).toEqual([]);
  });

  it('shows the page with the address masked, and tells another account it cannot accept', async () => {
    const team = await createTeam();
    const invitee = await createTestUser({ label: 'viewer' });
    const someoneElse = await createTestUser({ label: 'onlooker' });
    const { token } = await invite(team.owner, invitee.email, 'STAFF');
    const shown = {
      maskedEmail: `v…@${invitee.email.split('@')[1]}`,
      role: 'STAFF',
      anyoneWithLink: false,
      organisation: { name: team.organisation.name },
    };

    expect(await invitations.findOpenInvitation(token, null)).toEqual({ ...shown, acceptance: 'signIn' });
    expect(await invitations.findOpenInvitation(token, invitee)).toEqual({ ...shown, acceptance: 'allowed' });
    expect(await refusalsOf(invitee.id)).toEqual([]);

    expect(await invitations.findOpenInvitation(token, someoneElse)).toEqual({
      ...shown,
      acceptance: 'otherAccount',
    });
    expect(await refusalsOf(someoneElse.id)).toMatchObject([{ details: { request: 'page' } }]);
    expect((await invitationsOf(team.organisation.id))[0]).toMatchObject({
      acceptedAt: null,
      revokedAt: null,
    });
  });

  it('refuses an expired invitation', async () => {
    const team = await createTeam();
    const invitee = await createTestUser({ label: 'late' });
    const { token } = await invite(team.owner, invitee.email, 'STAFF');
    await db.invitation.updateMany({
      where: { organisationId: team.organisation.id, email: invitee.email },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expectAppError(invitations.acceptInvitation(invitee, token), 'INVITATION_INVALID');
    expect(await db.membership.count({ where: { userId: invitee.id } })).toBe(0);
  });

  it('replaces an open invitation to the same address with the new one', async () => {
    const team = await createTeam();
    const invitee = await createTestUser({ label: 'twice' });
    const first = await invite(team.owner, invitee.email, 'STAFF');
    await invitations.inviteMember(team.owner, { email: invitee.email, role: 'MANAGER' });
    const newest = catcher.messagesTo(invitee.email)[0]!;
    const second = tokenOf(findLink(newest.text, '/invite/')!);
    expect(second).not.toBe(first.token);

    await expectAppError(invitations.acceptInvitation(invitee, first.token), 'INVITATION_INVALID');
    await invitations.acceptInvitation(invitee, second);
    expect(await memberContextOf(invitee, team.organisation.slug)).toMatchObject({ role: 'MANAGER' });
  });

  it('refuses to invite someone who already is a member', async () => {
    const team = await createTeam();
    await expectAppError(
      invitations.inviteMember(team.owner, { email: team.users.staff.email, role: 'MANAGER' }),
      'CONFLICT',
    );
    expect(await invitationsOf(team.organisation.id)).toEqual([]);
    expect(catcher.messagesTo(team.users.staff.email)).toEqual([]);
  });

  it('lets only owners invite, list and revoke', async () => {
    const team = await createTeam();
    const email = uniqueEmail('not-invited');
    await expectAppError(invitations.inviteMember(team.manager, { email, role: 'STAFF' }), 'FORBIDDEN');
    await expectAppError(invitations.inviteMember(team.staff, { email, role: 'OWNER' }), 'FORBIDDEN');
    await expectAppError(invitations.listOpenInvitations(team.manager), 'FORBIDDEN');
    expect(await invitationsOf(team.organisation.id)).toEqual([]);
    expect(catcher.messagesTo(email)).toEqual([]);

    await invite(team.owner, email, 'STAFF');
    const [invitation] = await invitations.listOpenInvitations(team.owner);
    await expectAppError(invitations.revokeInvitation(team.manager, invitation!.id), 'FORBIDDEN');
    expect((await invitationsOf(team.organisation.id))[0]!.revokedAt).toBeNull();
  });

  it('revokes an invitation, after which its link no longer works', async () => {
    const team = await createTeam();
    const invitee = await createTestUser({ label: 'revoked' });
    const { token } = await invite(team.owner, invitee.email, 'STAFF');
    const [invitation] = await invitations.listOpenInvitations(team.owner);
    await invitations.revokeInvitation(team.owner, invitation!.id);
    expect(await invitations.listOpenInvitations(team.owner)).toEqual([]);
    await expectAppError(invitations.acceptInvitation(invitee, token), 'INVITATION_INVALID');
  });

  it("treats another organisation's invitation as not found and leaves it open", async () => {
    const a = await createTeam();
    const b = await createTeam();
    const invitee = await createTestUser({ label: 'tenant' });
    const { token } = await invite(a.owner, invitee.email, 'STAFF');
    const before = await invitationsOf(a.organisation.id);

    await expectAppError(invitations.revokeInvitation(b.owner, before[0]!.id), 'NOT_FOUND');
    expect(await invitations.listOpenInvitations(b.owner)).toEqual([]);

    expect(await invitationsOf(a.organisation.id)).toEqual(before);
    expect(await invitations.findOpenInvitation(token, null)).not.toBeNull();
  });
});

describe('without SMTP', () => {
  it('returns the link for the owner to pass on, and the link works', async () => {
    const invitations = await loadInvitations(undefined);
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const team = await createTeam();
    const invitee = await createTestUser({ label: 'nosmtp' });

    const result = await invitations.inviteMember(team.owner, { email: invitee.email, role: 'STAFF' });
    info.mockRestore();

    expect(result.delivered).toBe(false);
    const invitePrefix = new URL('/invite/', process.env.NEXTAUTH_URL).toString();
    expect(result.link?.startsWith(invitePrefix)).toBe(true);
    expect(tokenOf(result.link!)).toMatch(/^[\w-]{40,}$/);
    await invitations.acceptInvitation(invitee, tokenOf(result.link!));
    expect(await memberContextOf(invitee, team.organisation.slug)).toMatchObject({ role: 'STAFF' });
  });
});
