// Registry: server actions outside an organisation — the signed-in user's own account, and the
// public forms (sign-up, password reset, language). None takes an organisation's ids, so the
// fitting probes are: nobody and a revoked session get nothing done, and the victim's account
// cannot be reached with someone else's session or a wrong secret.
import { randomUUID } from 'node:crypto';
import { createAuthSession } from '@/lib/auth/auth-sessions';
import { db } from '@/lib/db/prisma';
import { initialFormState } from '@/lib/forms/form-state';
import { inviteMember, revokeInvitation } from '@/lib/organisations/invitations';
import { localeCookieName } from '@/lib/i18n/locales';
import { createLinkToken } from '@/lib/security/tokens';
import { createTestUser } from '@/tests/support/factories';
import { formDataOf, type EntryPointCase, type Probe } from '../entry-point-case';
import { captureAction, type Outcome } from '../outcomes';
import { englishTranslator, requestScope } from '../request-scope';
import type { World } from '../world';

const strongPassword = 'Deichbrise-Lehe-2026!';

const signedOut = (world: World): Probe[] => [
  { name: 'nobody', sessionId: null, refusals: ['UNAUTHENTICATED'] },
  {
    name: 'a revoked session of the victim owner',
    sessionId: world.victim.revokedOwnerSessionId,
    refusals: ['UNAUTHENTICATED'],
  },
];

const formCall =
  (fields: (target: never, world: World) => Record<string, string>) =>
  (action: (...args: unknown[]) => Promise<unknown>, input: { target: unknown; world: World }) =>
    captureAction(() => action(initialFormState, formDataOf(fields(input.target as never, input.world))));

/**
 * Invitation links of the victim organisation: one bound to the invitee's address, one any
 * account may accept, and a revoked one; the invitee, and a stranger to accept the second.
 */
async function invitationLinks(world: World) {
  const owner = world.victim.owner.member;
  const invitee = await createTestUser({ label: 'invitee' });
  const open = await inviteMember(owner, { email: invitee.email, role: 'STAFF' });
  const openToAnyone = await inviteMember(owner, {
    email: `private-${randomUUID()}@ortsbild.test`,
    role: 'STAFF',
    anyoneWithLink: true,
  });
  const stranger = await createTestUser({ label: 'stranger' });
  const revokedEmail = `revoked-${randomUUID()}@ortsbild.test`;
  const revoked = await inviteMember(owner, { email: revokedEmail, role: 'MANAGER' });
  const { id } = await db.invitation.findFirstOrThrow({
    where: { email: revokedEmail },
    select: { id: true },
  });
  await revokeInvitation(owner, id);
  const tokenOf = (link: string | null) => link!.split('/invite/')[1]!;
  return {
    token: tokenOf(open.link),
    openToAnyoneToken: tokenOf(openToAnyone.link),
    revokedToken: tokenOf(revoked.link),
    inviteeSessionId: await createAuthSession(invitee.id, {}),
    strangerSessionId: await createAuthSession(stranger.id, {}),
  };
}

/** A reset link of the victim owner, and one already used. */
async function resetLinks(world: World) {
  const userId = world.victim.owner.user.id;
  const valid = createLinkToken();
  const used = createLinkToken();
  const expiresAt = new Date(Date.now() + 60 * 60 * 1000);
  await db.passwordResetToken.createMany({
    data: [
      { userId, tokenHash: valid.tokenHash, expiresAt },
      { userId, tokenHash: used.tokenHash, expiresAt, usedAt: new Date() },
    ],
  });
  return { token: valid.token, usedToken: used.token };
}

const resetLinkSent = () => englishTranslator('auth')('resetLinkSent');
/** The reset form's answer: the same text for every address, and never the link. */
const sameResetAnswer = {
  description: 'the same answer as for any address, without the link',
  test: (outcome: Outcome) =>
    outcome.kind === 'returned' &&
    JSON.stringify(outcome.value) === JSON.stringify({ status: 'success', message: resetLinkSent() }),
};

export const accountActionCases: EntryPointCase[] = [
  {
    key: 'app/(app)/account/sign-out-everywhere.ts#signOutEverywhere',
    access: {
      kind: 'custom',
      reason: "ends the signed-in user's own sessions; without a valid session it must end none",
      probes: (world) => signedOut(world),
    },
    prepare: async () => ({}),
    call: (action) => captureAction(() => action()),
    success: { kind: 'redirect', to: /^\/sign-in\?signedOut=everywhere$/ },
    writes: true,
  },
  {
    key: 'app/(app)/organisations/new/create-organisation.ts#createOrganisationAction',
    access: {
      kind: 'custom',
      reason: 'any signed-in user may found an organisation; it takes no ids of another',
      probes: (world) => signedOut(world),
    },
    prepare: async () => ({}),
    call: formCall(() => ({ name: 'Neue Filialen GmbH', businessType: 'SHOP' })),
    success: { kind: 'redirect', to: /^\/o\/neue-filialen-gmbh(-\d+)?$/ },
    writes: true,
  },
  {
    key: 'app/invite/[token]/accept-invitation.ts#acceptInvitationAction',
    access: {
      kind: 'custom',
      reason:
        'the secret link is the access; only an open invitation admits, only a signed-in user, and only the invited address unless the owner chose anyone with the link',
      probes: (world, target) => {
        const { token, revokedToken } = target as Awaited<ReturnType<typeof invitationLinks>>;
        return [
          ...signedOut(world).map((probe) => ({ ...probe, target: { token } })),
          {
            name: 'owner of another organisation with a revoked invitation of the victim',
            sessionId: world.attacker.owner.sessionId,
            target: { token: revokedToken },
            refusals: ['errors.INVITATION_INVALID'],
          },
          {
            name: 'owner of another organisation with the link of an invitation to another address',
            sessionId: world.attacker.owner.sessionId,
            target: { token },
            refusals: ['errors.INVITATION_FOR_OTHER_ACCOUNT'],
          },
          {
            name: 'owner of another organisation with a made-up link',
            sessionId: world.attacker.owner.sessionId,
            target: { token: createLinkToken().token },
            refusals: ['errors.INVITATION_INVALID'],
          },
        ];
      },
    },
    prepare: invitationLinks,
    call: formCall(({ token }: { token: string }) => ({ token })),
    positives: (_world, target) => {
      const links = target as Awaited<ReturnType<typeof invitationLinks>>;
      return [
        { name: 'the invited user', sessionId: links.inviteeSessionId },
        {
          name: 'another account, with a link the owner opened to anyone',
          sessionId: links.strangerSessionId,
          target: { token: links.openToAnyoneToken },
        },
      ];
    },
    success: { kind: 'redirect', to: /^\/o\/victim-/ },
    writes: true,
  },
  {
    key: 'app/(auth)/_actions/request-password-reset.ts#requestPasswordResetAction',
    access: {
      kind: 'custom',
      reason: 'public: anyone may ask for a reset link, which only goes to the address by mail',
      probes: () => [
        {
          name: 'nobody, for an address without an account',
          sessionId: null,
          target: { email: `nobody-${randomUUID()}@ortsbild.test` },
          refusals: [],
          accepts: sameResetAnswer,
        },
      ],
    },
    prepare: async (world) => ({ email: world.victim.owner.user.email }),
    call: formCall(({ email }: { email: string }) => ({ email })),
    positives: () => [{ name: 'nobody, for the victim owner’s address', sessionId: null }],
    success: { kind: 'returned', check: (value) => sameResetAnswer.test({ kind: 'returned', value }) },
    writes: true,
  },
  {
    key: 'app/(auth)/_actions/reset-password.ts#resetPasswordAction',
    access: {
      kind: 'custom',
      reason: 'public: the secret link is the access',
      probes: (world, target) => [
        {
          name: 'nobody with a made-up link',
          sessionId: null,
          target: { token: createLinkToken().token },
          refusals: ['errors.RESET_LINK_INVALID'],
        },
        {
          name: 'owner of another organisation with a used link of the victim',
          sessionId: world.attacker.owner.sessionId,
          target: { token: (target as { usedToken: string }).usedToken },
          refusals: ['errors.RESET_LINK_INVALID'],
        },
      ],
    },
    prepare: resetLinks,
    call: formCall(({ token }: { token: string }) => ({ token, password: strongPassword })),
    positives: () => [{ name: 'nobody with the valid link', sessionId: null }],
    success: { kind: 'redirect', to: /^\/sign-in\?reset=1$/ },
    writes: true,
  },
  {
    key: 'app/(auth)/_actions/sign-up.ts#signUp',
    access: {
      kind: 'custom',
      reason: 'public: creates an account; it must not take over an existing one',
      probes: (world) => [
        {
          name: "nobody, with the victim owner's address",
          sessionId: null,
          target: { email: world.victim.owner.user.email },
          refusals: ['errors.emailTaken'],
        },
      ],
    },
    prepare: async () => ({ email: `new-${randomUUID()}@ortsbild.test` }),
    call: formCall(({ email }: { email: string }) => ({
      name: 'Neu Kundin',
      email,
      password: strongPassword,
    })),
    positives: () => [{ name: 'nobody, with a new address', sessionId: null }],
    success: { kind: 'form' },
    writes: true,
  },
  {
    key: 'app/_actions/apply-saved-locale.ts#applySavedLocale',
    access: {
      kind: 'custom',
      reason: "copies the signed-in user's saved language into this browser's cookie; nothing else",
      probes: (world) => signedOut(world).map((probe) => ({ ...probe, refusals: ['NOTHING'] })),
    },
    prepare: async () => ({}),
    call: (action) => captureAction(() => action()),
    success: {
      kind: 'returned',
      check: (value) => value === undefined && requestScope.cookies.get(localeCookieName) === 'en',
    },
    writes: false,
  },
  {
    key: 'components/layout/set-locale.ts#setLocale',
    access: {
      kind: 'custom',
      reason: "public: sets this browser's language; for a valid session it also saves it on that user",
      // The cookie is the caller's own; the database must not change without a valid session.
      probes: (world) => signedOut(world).map((probe) => ({ ...probe, refusals: ['NOTHING'] })),
    },
    prepare: async () => ({}),
    call: (action) => captureAction(() => action(formDataOf({ locale: 'de' }))),
    success: { kind: 'returned', check: (value) => value === undefined },
    writes: true,
  },
];
