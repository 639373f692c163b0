import 'server-only';
import { memberActor, recordAuditEvent } from '@/lib/audit/audit-log';
import { db, type Transaction } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { assertRole, type MemberContext } from '@/lib/organisations/member-context';
import type { OrganisationDeletionInput } from './schemas';

// GDPR article 17 for an organisation: its owner deletes it with everything it holds. Every
// table of tenant data references organisations (or a row that does) with ON DELETE CASCADE;
// the comparison rollups have no foreign key and are emptied by the triggers of the rows they sum.

// The rollup triggers make a deletion cost a few milliseconds per check-in, so a large
// organisation needs longer than the pool's 15-second statement limit.
const deletionTimeoutMs = 10 * 60_000;

/**
 * Deletes the organisation's rows inside `tx`. Minute lines, time entries and check-ins go first,
 * each in one statement: left to the cascade, removing each membership would first move its
 * check-ins to "nobody" (ON DELETE SET NULL) and the rollup triggers would replay every move.
 */
export async function deleteOrganisationRows(tx: Transaction, organisationId: string) {
  await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${deletionTimeoutMs}`);
  // Nobody joins, invites or writes a check-in for it while it goes.
  await tx.$queryRaw`SELECT id FROM organisations WHERE id = ${organisationId}::uuid FOR UPDATE`;
  await tx.$executeRaw`
    DELETE FROM check_in_minutes m USING check_ins c
    WHERE c.id = m.check_in_id AND c.organisation_id = ${organisationId}::uuid`;
  await tx.$executeRaw`DELETE FROM time_entries WHERE organisation_id = ${organisationId}::uuid`;
  await tx.$executeRaw`DELETE FROM check_ins WHERE organisation_id = ${organisationId}::uuid`;
  await tx.$executeRaw`DELETE FROM organisations WHERE id = ${organisationId}::uuid`;
}

/**
 * Owners only, after typing the organisation's name again. Records `organisation.deleted`
 * without an organisation (it is gone), so the event outlives it.
 */
export async function deleteOrganisation(member: MemberContext, input: OrganisationDeletionInput) {
  assertRole(member, 'OWNER');
  const { organisation } = member;
  if (input.confirmation !== organisation.name.trim()) {
    throw new AppError('CONFLICT', 'dataRights.errors.confirmationMismatch', 'confirmation');
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
