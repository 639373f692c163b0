import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/auth/client-address';
import { db, type Transaction } from '@/lib/db/prisma';
import { auditEventData, type AuditActor, type AuditEventInput, type AuditOrigin } from './audit-event-data';

/** The address and browser of the request being served; nulls outside a request (jobs, CLI). */
export async function currentRequestOrigin(): Promise<AuditOrigin> {
  try {
    const requestHeaders = await headers();
    return {
      ipAddress: clientAddress(requestHeaders),
      userAgent: requestHeaders.get('user-agent'),
    };
  } catch {
    return { ipAddress: null, userAgent: null };
  }
}

/**
 * Appends one event. Pass the transaction that makes the change, so that the change and its
 * record are written together or not at all.
 */
export async function recordAuditEvent(event: AuditEventInput, tx: Transaction = db) {
  const origin = event.origin ?? (await currentRequestOrigin());
  await tx.auditEvent.create({ data: auditEventData(event, origin) });
}

/** The actor behind a member context: the signed-in user, or the API token acting for one. */
export function memberActor(member: {
  user: { id: string; email: string; name: string };
  apiTokenId?: string;
}): AuditActor {
  if (member.apiTokenId) return { kind: 'apiToken', apiTokenId: member.apiTokenId, label: member.user.name };
  return { kind: 'user', userId: member.user.id, label: member.user.email };
}

type ActingMember = Parameters<typeof memberActor>[0] & { organisation: { id: string } };

/** An event inside the member's organisation, by the member (or the API token acting as one). */
export function recordMemberEvent(
  member: ActingMember,
  event: Pick<AuditEventInput, 'action' | 'target' | 'details'>,
  tx: Transaction = db,
) {
  return recordAuditEvent(
    { ...event, actor: memberActor(member), organisationId: member.organisation.id },
    tx,
  );
}
