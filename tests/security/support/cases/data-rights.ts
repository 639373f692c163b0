// Registry: the data-rights and account entry points (issue #6, item 5) — an owner's export and
// deletion of the organisation, a user's export and deletion of their own account, the password
// change. The account ones take no organisation ids; they may act only on the caller's account.
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db/prisma';
import { initialFormState } from '@/lib/forms/form-state';
import {
  browserRequest,
  formDataOf,
  memberFormCase,
  sessionRouteCase,
  type EntryPointCase,
  type Probe,
  type RouteHandler,
} from '../entry-point-case';
import { captureAction, captureResponse, outcomeText } from '../outcomes';
import type { World } from '../world';

const victimPassword = 'Deichbrise-Lehe-2026!';

const signedOut = (world: World): Probe[] => [
  { name: 'nobody', sessionId: null, refusals: ['UNAUTHENTICATED'] },
  {
    name: 'a revoked session of the victim owner',
    sessionId: world.victim.revokedOwnerSessionId,
    refusals: ['UNAUTHENTICATED'],
  },
];

/** Wrong current passwords count as failed sign-ins of the caller's own account, by design. */
const failedAttemptCounted = {
  tables: ['sign_in_rate_limits'],
  reason: 'a wrong current password counts as a failed sign-in (throttling)',
};

const accountForm =
  (fields: (target: never) => Record<string, string>) =>
  (action: (...args: unknown[]) => Promise<unknown>, input: { target: unknown }) =>
    captureAction(() => action(initialFormState, formDataOf(fields(input.target as never))));

export const dataRightsCases: EntryPointCase[] = [
  {
    key: 'app/(app)/account/_actions/change-password.ts#changePasswordAction',
    access: {
      kind: 'custom',
      reason: "changes the signed-in user's own password; it names no other account",
      probes: (world) => [
        ...signedOut(world),
        {
          name: "the owner of another organisation, with the victim owner's current password",
          sessionId: world.attacker.owner.sessionId,
          refusals: ['dataRights.errors.currentPasswordWrong'],
          mayChange: failedAttemptCounted,
        },
      ],
    },
    prepare: async (world) => {
      await db.user.update({
        where: { id: world.victim.owner.user.id },
        data: { passwordHash: await hashPassword(victimPassword) },
      });
      return {};
    },
    call: accountForm(() => ({ currentPassword: victimPassword, newPassword: 'Neues-Passwort-Hafen-77' })),
    success: { kind: 'form' },
    writes: true,
  },
  {
    key: 'app/(app)/account/_actions/delete-account.ts#deleteAccountAction',
    access: {
      kind: 'custom',
      reason: "deletes the signed-in user's own account after confirmation; it names no other account",
      probes: (world) => [
        ...signedOut(world),
        {
          name: "a manager of the victim, confirming with the staff member's address",
          sessionId: world.victim.manager.sessionId,
          refusals: ['dataRights.errors.emailMismatch'],
        },
        {
          name: "the owner of another organisation, confirming with the victim owner's address",
          sessionId: world.attacker.owner.sessionId,
          target: { confirmEmail: world.victim.owner.user.email },
          refusals: ['dataRights.errors.emailMismatch'],
        },
      ],
    },
    // The staff member signed up without a password: they confirm with their address.
    prepare: async (world) => ({ confirmEmail: world.victim.staff.user.email }),
    call: accountForm(({ confirmEmail }: { confirmEmail: string }) => ({ confirmEmail })),
    positives: (world) => [
      { name: 'the staff member, for their own account', sessionId: world.victim.staff.sessionId },
    ],
    success: { kind: 'redirect', to: /^\/sign-in\?accountDeleted=1$/ },
    writes: true,
  },
  memberFormCase(
    'app/(app)/o/[slug]/settings/data/_actions/delete-organisation.ts#deleteOrganisationAction',
    // Typing the victim's name inside one's own organisation must not delete either.
    { minimumRole: 'OWNER', namesRecords: true, foreignRefusals: ['dataRights.errors.confirmationMismatch'] },
    {
      form: (_target, world) => ({ confirmation: world.victim.organisation.name }),
      success: { kind: 'redirect', to: /^\/account\?deleted=organisation$/ },
      writes: true,
    },
  ),
  {
    key: 'GET app/(app)/account/export/route.ts',
    access: {
      kind: 'custom',
      reason: "the signed-in user's own data (GDPR art. 15/20); it names no other account",
      probes: (world) => [
        ...signedOut(world),
        {
          name: 'the owner of another organisation, exporting their own account',
          sessionId: world.attacker.owner.sessionId,
          refusals: [],
          accepts: {
            description: "their own export, without the victim's data",
            test: (outcome) =>
              outcome.kind === 'response' &&
              outcome.status === 200 &&
              [...world.secrets, world.victim.owner.user.email].every(
                (secret) => !outcomeText(outcome).includes(secret),
              ),
          },
          mayChange: { tables: ['audit_events'], reason: 'an export is recorded in the audit log' },
        },
      ],
    },
    prepare: async () => ({}),
    call: (handler) =>
      captureResponse(() =>
        (handler as RouteHandler)(browserRequest({ path: '/account/export' }), {
          params: Promise.resolve({}),
        }),
      ),
    // The owner's own export holds their address: the attacker's must not.
    success: {
      kind: 'status',
      status: 200,
      check: (outcome, world) => outcomeText(outcome).includes(world.victim.owner.user.email),
    },
    writes: true,
  },
  sessionRouteCase(
    'GET app/(app)/o/[slug]/settings/data/export/route.ts',
    { minimumRole: 'OWNER', namesRecords: false },
    {
      request: ({ slug }) => ({ path: `/o/${slug}/settings/data/export` }),
      success: { kind: 'status', status: 200 },
      // The export is recorded in the audit log.
      writes: true,
      reveals: true,
    },
  ),
];
