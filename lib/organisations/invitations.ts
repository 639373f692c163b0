import 'server-only';
import { recordInvitationRefused } from '@/lib/audit/access-denied';
import { recordAuditEvent, recordMemberEvent } from '@/lib/audit/audit-log';
import type { CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { translatorFor } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import { createLinkToken, hashLinkToken } from '@/lib/security/tokens';
import { isInvitedAddress, maskEmail } from './invitation-address';
import { assertRole, type MemberContext, type SessionMemberContext } from '@/lib/access/member-context';
import type { InviteMemberInput } from './schemas';

const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites someone by email. Only an account with that email may accept, unless the owner chose
 * `anyoneWithLink` (the link alone admits, e.g. someone who uses an account with another
 * address). Without SMTP the mail only reaches the server log, so the link is returned for the
 * owner to pass on; with SMTP it is not (the mail is the only way in).
 */
export async function inviteMember(member: SessionMemberContext, input: InviteMemberInput) {
  assertRole(member, 'OWNER');
  const alreadyMember = await db.membership.findFirst({
    where: { organisationId: member.organisation.id, user: { email: input.email } },
    select: { id: true },
  });
  if (alreadyMember) throw new AppError('CONFLICT', { messageKey: 'errors.alreadyMember' });

  const anyoneWithLink = input.anyoneWithLink === true;
  const { token, tokenHash } = createLinkToken();
  await db.$transaction(async (tx) => {
    // A new invitation to the same address replaces the open one.
    await tx.invitation.updateMany({
      where: {
        organisationId: member.organisation.id,
        email: input.email,
        acceptedAt: null,
        revokedAt: null,
      },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: {
        organisationId: member.organisation.id,
        email: input.email,
        role: input.role,
        anyoneWithLink,
        tokenHash,
        invitedById: member.actor.userId,
        expiresAt: new Date(Date.now() + invitationLifetimeMs),
      },
      select: { id: true },
    });
    await recordMemberEvent(
      member,
      {
        action: 'member.invited',
        target: { type: 'invitation', id: invitation.id },
        details: { email: input.email, role: input.role, ...(anyoneWithLink ? { anyoneWithLink } : {}) },
      },
      tx,
    );
  });

  const link = await absoluteUrl(`/invite/${token}`);
  const t = translatorFor(member.actor.locale, 'mail.invitation');
  const { delivered } = await sendMail({
    to: input.email,
    subject: t('subject', { organisation: member.organisation.name }),
    text: t('body', {
      inviter: member.actor.name,
      organisation: member.organisation.name,
      link,
      email: input.email,
      anyoneWithLink: anyoneWithLink ? 'yes' : 'no',
    }),
  });
  return { delivered, link: delivered ? null : link };
}

export async function listOpenInvitations(member: MemberContext) {
  assertRole(member, 'OWNER');
  return db.invitation.findMany({
    where: {
      organisationId: member.organisation.id,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
    select: { id: true, email: true, role: true, anyoneWithLink: true, expiresAt: true },
    orderBy: { createdAt: 'desc' },
  });
}

export async function revokeInvitation(member: MemberContext, invitationId: string) {
  assertRole(member, 'OWNER');
  await db.$transaction(async (tx) => {
    const [revoked] = await tx.invitation.updateManyAndReturn({
      where: { id: invitationId, organisationId: member.organisation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { id: true, email: true, role: true },
    });
    if (!revoked) throw new AppError('NOT_FOUND');
    await recordMemberEvent(
      member,
      {
        action: 'member.invitation_revoked',
        target: { type: 'invitation', id: revoked.id },
        details: { email: revoked.email, role: revoked.role },
      },
      tx,
    );
  });
}

type InvitationUser = Pick<CurrentUser, 'id' | 'email'>;

function openInvitationWhere(token: string) {
  return {
    tokenHash: hashLinkToken(token),
    acceptedAt: null,
    revokedAt: null,
    expiresAt: { gt: new Date() },
  };
}

const invitationSelect = {
  id: true,
  organisationId: true,
  email: true,
  role: true,
  anyoneWithLink: true,
  organisation: { select: { name: true, slug: true } },
} as const;

function mayAccept(invitation: { email: string; anyoneWithLink: boolean }, user: InvitationUser) {
  return invitation.anyoneWithLink || isInvitedAddress(invitation.email, user.email);
}

/**
 * What the invitation page shows; null when the link is unknown, used or expired. The invited
 * address is shown masked only, since whoever holds the link sees the page. `acceptance` says
 * what `user` can do: sign in first, accept, or not (another account than the invited one: the
 * refusal is recorded).
 */
export async function findOpenInvitation(token: string, user: InvitationUser | null) {
  const invitation = await db.invitation.findFirst({
    where: openInvitationWhere(token),
    select: invitationSelect,
  });
  if (!invitation) return null;
  const acceptance = !user ? 'signIn' : mayAccept(invitation, user) ? 'allowed' : 'otherAccount';
  if (user && acceptance === 'otherAccount') await recordInvitationRefused(user, invitation, 'page');
  return {
    maskedEmail: maskEmail(invitation.email),
    role: invitation.role,
    anyoneWithLink: invitation.anyoneWithLink,
    organisation: { name: invitation.organisation.name },
    acceptance,
  } as const;
}

/**
 * Joins the user to the invitation's organisation. An invitation bound to its address admits
 * only an account with that email; anyone else is refused, the invitation stays open, and the
 * refusal is recorded. The invitation is claimed with a conditional update, so a link works
 * exactly once even when clicked twice at the same moment.
 */
export async function acceptInvitation(user: InvitationUser, token: string) {
  const invitation = await db.invitation.findFirst({
    where: openInvitationWhere(token),
    select: invitationSelect,
  });
  if (!invitation) throw new AppError('INVITATION_INVALID');
  // Address and choice never change after the invitation is made, so this check cannot go stale.
  if (!mayAccept(invitation, user)) {
    await recordInvitationRefused(user, invitation, 'action');
    throw new AppError('INVITATION_FOR_OTHER_ACCOUNT');
  }
  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { ...openInvitationWhere(token), id: invitation.id },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count === 0) throw new AppError('INVITATION_INVALID');
    // Already a member: the invitation is used up and the existing role stays.
    const [joined] = await tx.membership.createManyAndReturn({
      data: [{ organisationId: invitation.organisationId, userId: user.id, role: invitation.role }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (joined) {
      await recordAuditEvent(
        {
          action: 'member.joined',
          actor: { kind: 'user', userId: user.id, label: user.email },
          organisationId: invitation.organisationId,
          target: { type: 'membership', id: joined.id },
          details: { role: invitation.role, invitation: invitation.id },
        },
        tx,
      );
    }
    return { slug: invitation.organisation.slug };
  });
}
