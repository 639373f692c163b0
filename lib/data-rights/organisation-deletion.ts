import 'server-only';
import { memberActor, recordAuditEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import type { OrganisationDeletionInput } from './schemas';

// GDPR article 17 for an organisation: its owner deletes it with everything it holds. Every
// table of tenant data references organisations (or a row that does) with ON DELETE CASCADE;
// the comparison rollups have no foreign key and are deleted here in one statement each.

// At chain size (260k check-ins, 910k minute lines) the deletion takes seconds, more than the
// pool's 15-second statement limit allows on a slow machine.
const deletionTimeoutMs = 10 * 60_000;

/**
 * Deletes the organisation's rows inside `tx`. The rollup triggers stand aside meanwhile
 * (migration rollups_organisation_deletion): subtracting 260k check-ins one by one took ~17
 * minutes. Check-ins go before the cascade: left to it, removing each membership would first
 * move its check-ins to "nobody" (ON DELETE SET NULL), which the triggers would replay.
 */
export async function deleteOrganisationRows(tx: Transaction, organisationId: string) {
  await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${deletionTimeoutMs}`);
  // Nobody joins, invites or writes a check-in for it while it goes.
  await tx.$queryRaw`SELECT id FROM organisations WHERE id = ${organisationId}::uuid FOR UPDATE`;
  await tx.$queryRaw`SELECT set_config('ortsbild.deleting_organisation', ${organisationId}, true)`;
  await tx.$executeRaw`DELETE FROM check_ins WHERE organisation_id = ${organisationId}::uuid`;
  await tx.$executeRaw`DELETE FROM time_entries WHERE organisation_id = ${organisationId}::uuid`;
  await tx.$executeRaw`DELETE FROM weekly_platform_minutes WHERE organisation_id = ${organisationId}::uuid`;
  await tx.$executeRaw`DELETE FROM weekly_check_in_totals WHERE organisation_id = ${organisationId}::uuid`;
  await tx.$executeRaw`DELETE FROM subject_block_totals WHERE organisation_id = ${organisationId}::uuid`;
  await tx.$executeRaw`DELETE FROM organisations WHERE id = ${organisationId}::uuid`;
  // The rest of the transaction (e.g. an account deletion) keeps the rollups as usual.
  await tx.$queryRaw`SELECT set_config('ortsbild.deleting_organisation', '', true)`;
}

/**
 * Owners only, after typing the organisation's name again. Records `organisation.deleted`
 * without an organisation (it is gone), so the event outlives it.
 */
export async function deleteOrganisation(member: MemberContext, input: OrganisationDeletionInput) {
  assertRole(member, 'OWNER');
  const { organisation } = member;
  if (input.confirmation !== organisation.name.trim()) {
    throw new AppError('CONFLICT', {
      messageKey: 'dataRights.errors.confirmationMismatch',
      field: 'confirmation',
    });
  }
  await db.$transaction(
    async (tx) => {
      await deleteOrganisationRows(tx, organisation.id);
      await recordAuditEvent(
        {
          action: 'organisation.deleted',
          actor: memberActor(member),
          organisationId: null,
          target: { type: 'organisation', id: organisation.id },
          details: { name: organisation.name, slug: organisation.slug },
        },
        tx,
      );
    },
    { timeout: deletionTimeoutMs, maxWait: 10_000 },
  );
}
