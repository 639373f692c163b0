import 'server-only';
import { headers } from 'next/headers';
import type { Role } from '@/lib/generated/prisma/enums';
import type { MemberContext } from '@/lib/access/member-context';
import { recordAuditEvent, recordMemberEvent } from './audit-log';
import { requestPathHeader } from './request-path';

/** What the member asked for: a page, a form (server action) or an API call, and where. */
export type DeniedRequest = { kind: 'page' | 'action' | 'api'; path?: string };

/** The path of the page or form being served (e.g. "/o/acme/settings/audit"); null outside a request. */
async function currentPath(): Promise<string | null> {
  try {
    return (await headers()).get(requestPathHeader);
  } catch {
    return null;
  }
}

/**
 * Records that a member (or an API token) was refused something their role does not allow.
 * The refusal stands whether or not the record can be written, so a failure is logged, not thrown.
 */
export async function recordAccessDenied(member: MemberContext, request: DeniedRequest, required?: Role) {
  try {
    await recordMemberEvent(member, {
      action: 'access.denied',
      details: {
        request: request.kind,
        path: request.path ?? (await currentPath()),
        role: member.role,
        ...(required ? { required } : {}),
      },
    });
  } catch (error) {
    console.error('The audit log could not record a refused access:', error);
  }
}

/**
 * Records that a signed-in account opened or tried to accept an invitation bound to another
 * address. It goes to the inviting organisation's log, so its owners see a link that went astray.
 * Like the refusals above, a failure to write it is logged, not thrown.
 */
export async function recordInvitationRefused(
  user: { id: string; email: string },
  invitation: { id: string; organisationId: string; email: string; role: Role },
  request: Extract<DeniedRequest['kind'], 'page' | 'action'>,
) {
  try {
    await recordAuditEvent({
      action: 'access.invitation_refused',
      actor: { kind: 'user', userId: user.id, label: user.email },
      organisationId: invitation.organisationId,
      target: { type: 'invitation', id: invitation.id },
      details: { email: invitation.email, role: invitation.role, request },
    });
  } catch (error) {
    console.error('The audit log could not record a refused invitation:', error);
  }
}
