import 'server-only';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import type { CurrentUser } from '@/lib/auth/current-user';
import { verifyCurrentPassword } from '@/lib/auth/password-change';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { deleteOrganisationRows } from './organisation-deletion';
import type { AccountDeletionInput } from './schemas';

// GDPR article 17 for a person. What stays behind is the organisations' history without them:
// their check-ins and time entries keep their minutes but belong to nobody (membership_id SET
// NULL, as when a member is removed), audit events and listing changes name a deleted account.
// Organisations they alone belong to go with them; the last owner of a team must hand over first.

/** How a deleted person appears in logs and histories. */
export const deletedAccountLabel = 'Gelöschtes Konto';

const deletionTimeoutMs = 10 * 60_000;

type OrganisationRef = { id: string; name: string; slug: string };

export type AccountDeletionPlan = {
  /** Organisations that would be left without an owner: deletion is refused until they have one. */
  blockedBy: OrganisationRef[];
  /** Organisations with no other member: they are deleted with the account. */
  deletedWithAccount: OrganisationRef[];
};

/** The last owner of an organisation that has other members cannot delete their account. */
export class LastOwnerError extends AppError {
  constructor(readonly organisations: OrganisationRef[]) {
    super('LAST_OWNER', {
      messageKey: 'dataRights.account.lastOwner',
      params: { organisations: organisations.map((organisation) => organisation.name).join(', ') },
    });
  }
}

export async function planAccountDeletion(
  userId: string,
  tx: Transaction = db,
): Promise<AccountDeletionPlan> {
  const rows = await tx.$queryRaw<(OrganisationRef & { role: Role; others: number; otherOwners: number })[]>`
    SELECT o.id, o.name, o.slug, me.role::text AS role,
           count(m.id) FILTER (WHERE m.user_id <> ${userId}::uuid)::int AS others,
           count(m.id) FILTER (WHERE m.user_id <> ${userId}::uuid AND m.role = 'OWNER')::int AS "otherOwners"
    FROM memberships me JOIN organisations o ON o.id = me.organisation_id
    JOIN memberships m ON m.organisation_id = o.id
    WHERE me.user_id = ${userId}::uuid
    GROUP BY o.id, o.name, o.slug, me.role ORDER BY o.name, o.slug`;
  const ref = ({ id, name, slug }: OrganisationRef) => ({ id, name, slug });
  return {
    blockedBy: rows.filter((row) => row.role === 'OWNER' && row.others > 0 && row.otherOwners === 0).map(ref),
    deletedWithAccount: rows.filter((row) => row.others === 0).map(ref),
  };
}

/** The account's confirmation: the current password, or the email for accounts without one. */
async function assertConfirmed(user: CurrentUser, input: AccountDeletionInput) {
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (passwordHash) return verifyCurrentPassword(user, input.currentPassword, 'currentPassword');
  if (input.confirmEmail !== user.email.toLowerCase()) {
    throw new AppError('FORBIDDEN', { messageKey: 'dataRights.errors.emailMismatch', field: 'confirmEmail' });
  }
}

/** The person's name and email leave the histories that outlive them. */
async function anonymiseTraces(tx: Transaction, user: CurrentUser) {
  await tx.$executeRaw`
    UPDATE audit_events SET actor_label = ${deletedAccountLabel}
    WHERE user_id = ${user.id}::uuid OR actor_label = ${user.email}`;
  // E.g. "member.invited" by someone else keeps the invitee's address in its details.
  await tx.$executeRaw`
    UPDATE audit_events SET details = replace(details::text, ${user.email}, ${deletedAccountLabel})::jsonb
    WHERE strpos(details::text, ${user.email}) > 0`;
  await tx.$executeRaw`
    UPDATE listing_changes SET changed_by_name = ${deletedAccountLabel}, changed_by_id = NULL
    WHERE changed_by_id = ${user.id}::uuid`;
}

/**
 * Deletes the signed-in user after confirmation, with the organisations only they belong to.
 * Their sessions go with the user row (ON DELETE CASCADE), which signs them out everywhere.
 * Returns how many organisations were deleted.
 */
export async function deleteAccount(user: CurrentUser, input: AccountDeletionInput) {
  await assertConfirmed(user, input);
  return db.$transaction(
    async (tx) => {
      // Nobody joins their organisations, and no co-owner leaves, while this decides.
      await tx.$queryRaw`
        SELECT o.id FROM organisations o JOIN memberships me ON me.organisation_id = o.id
        WHERE me.user_id = ${user.id}::uuid ORDER BY o.id FOR UPDATE OF o`;
      await tx.$queryRaw`
        SELECT m.id FROM memberships m
        WHERE m.role = 'OWNER' AND m.organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = ${user.id}::uuid)
        ORDER BY m.id FOR UPDATE`;
      const plan = await planAccountDeletion(user.id, tx);
      if (plan.blockedBy.length > 0) throw new LastOwnerError(plan.blockedBy);

      const actor = { kind: 'user' as const, userId: user.id, label: user.email };
      for (const organisation of plan.deletedWithAccount) {
        await deleteOrganisationRows(tx, organisation.id);
        await recordAuditEvent(
          {
            action: 'organisation.deleted',
            actor,
            target: { type: 'organisation', id: organisation.id },
            details: { name: organisation.name, slug: organisation.slug },
          },
          tx,
        );
      }
      await anonymiseTraces(tx, user);
      await tx.user.delete({ where: { id: user.id } });
      await recordAuditEvent(
        {
          action: 'account.deleted',
          actor: { kind: 'anonymous', label: deletedAccountLabel },
          details: { organisationsDeleted: plan.deletedWithAccount.length },
        },
        tx,
      );
      return plan.deletedWithAccount.length;
    },
    { timeout: deletionTimeoutMs, maxWait: 10_000 },
  );
}
