// The row an audit event becomes, without server-only: the app's writer (audit-log.ts) and the
// admin command line (scripts/lib/admin-commands.ts) build it the same way.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditAction } from './audit-actions';

/** Who acted: a signed-in user, an API token, or nobody known (a failed sign-in, the admin CLI). */
export type AuditActor =
  | { kind: 'user'; userId: string; label: string }
  | { kind: 'apiToken'; apiTokenId: string; label: string }
  | { kind: 'anonymous'; label: string; userId?: string | null };

/** Where the request came from; read from the current request when not given. */
export type AuditOrigin = { ipAddress: string | null; userAgent: string | null };

export type AuditEventInput = {
  action: AuditAction;
  actor: AuditActor;
  organisationId?: string | null;
  target?: { type: string; id: string };
  details?: Record<string, string | number | boolean | null | string[]>;
  origin?: AuditOrigin;
};

const maxTextLength = 300;

/**
 * Text from users (names, emails, user agents) goes into the log as data, never as markup or
 * log syntax: control characters (newlines included) are removed and length is capped, so a
 * value cannot forge a second line in any export or terminal. Pages render it escaped anyway.
 */
export function auditText(value: string, maxLength = maxTextLength) {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').slice(0, maxLength);
}

function cleanDetails(details: AuditEventInput['details']): Prisma.InputJsonObject {
  const clean: Record<string, string | number | boolean | null | string[]> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (typeof value === 'string') clean[key] = auditText(value);
    else if (Array.isArray(value)) clean[key] = value.slice(0, 50).map((entry) => auditText(entry, 100));
    else clean[key] = value;
  }
  return clean;
}

/** The audit_events row for an event that happened at `origin`. */
export function auditEventData(
  event: AuditEventInput,
  origin: AuditOrigin,
): Prisma.AuditEventUncheckedCreateInput {
  const { actor } = event;
  return {
    action: event.action,
    organisationId: event.organisationId ?? null,
    userId: actor.kind === 'apiToken' ? null : (actor.userId ?? null),
    apiTokenId: actor.kind === 'apiToken' ? actor.apiTokenId : null,
    actorLabel: auditText(actor.label),
    targetType: event.target?.type ?? null,
    targetId: event.target ? auditText(event.target.id, 100) : null,
    details: cleanDetails(event.details),
    ipAddress: origin.ipAddress ? auditText(origin.ipAddress, 64) : null,
    userAgent: origin.userAgent ? auditText(origin.userAgent) : null,
  };
}
