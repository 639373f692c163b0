import 'server-only';
import { headers } from 'next/headers';
import type { MemberContext } from '@/lib/access/member-context';
import { db, type Transaction } from '@/lib/db/prisma';
import { clientAddress } from '@/lib/security/client-address';
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

/**
 * How an audit entry names who acted: a member as their user (labelled with the email address),
 * an API token as the token (labelled with its name), never as the person who made it.
 */
export function memberActor(member: Pick<MemberContext, 'actor'>): AuditActor {
  const { actor } = member;
  if (actor.kind === 'apiToken') return { kind: 'apiToken', apiTokenId: actor.tokenId, label: actor.name };
  return { kind: 'user', userId: actor.userId, label: actor.email };
}

type ActingMember = Pick<MemberContext, 'actor' | 'organisation'>;

/** An event inside the member's organisation, by the member or the API token acting in it. */
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
