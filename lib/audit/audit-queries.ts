import 'server-only';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { auditActionsIn } from './audit-actions';
import type { AuditCursor, AuditLogQuery } from './audit-log-query';

// The owners' view of the audit log: the organisation's own events and the sign-in events of the
// accounts that are its members now (those have no organisation), newest first. A member's
// sign-ins count from the moment they joined: what they did before (with other organisations,
// from other places) is not this organisation's to see. A sign-in names no organisation, so
// after joining every sign-in of the account is shown.

export const auditPageSize = 50;

export type AuditLogEntry = {
  id: string;
  action: string;
  actorLabel: string;
  /** Set when an API token acted; its name while the token exists. */
  apiTokenId: string | null;
  apiTokenName: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: Date;
};

export type AuditLogPage = { entries: AuditLogEntry[]; next: AuditCursor | null };

/**
 * One page of the log in one statement, whatever its size: index-ordered branches (the
 * organisation's events; each member's sign-ins) each cut at the page size, then merged.
 * Keyset pagination on (created_at, id), so a page is stable while new events arrive.
 */
export async function listAuditEvents(
  member: MemberContext,
  query: AuditLogQuery,
  pageSize = auditPageSize,
): Promise<AuditLogPage> {
  assertRole(member, 'OWNER');
  const organisationId = member.organisation.id;
  const filters = Prisma.join(
    [
      query.category
        ? Prisma.sql`e.action = ANY(${auditActionsIn(query.category)}::text[])`
        : Prisma.sql`TRUE`,
      query.member
        ? Prisma.sql`e.user_id = (SELECT chosen.user_id FROM memberships chosen
            WHERE chosen.id = ${query.member}::uuid AND chosen.organisation_id = ${organisationId}::uuid)`
        : Prisma.sql`TRUE`,
      // The first comparison alone lets the (…, created_at) indexes start at the cursor.
      query.before
        ? Prisma.sql`e.created_at <= ${query.before.createdAt}
            AND (e.created_at, e.id) < (${query.before.createdAt}, ${query.before.id}::uuid)`
        : Prisma.sql`TRUE`,
    ],
    ' AND ',
  );
  const limit = pageSize + 1;
  const rows = await db.$queryRaw<AuditLogEntry[]>`
    SELECT e.id, e.action, e.actor_label AS "actorLabel", e.api_token_id AS "apiTokenId",
           t.name AS "apiTokenName", e.target_type AS "targetType", e.target_id AS "targetId",
           e.details, e.ip_address AS "ipAddress", e.user_agent AS "userAgent", e.created_at AS "createdAt"
    FROM (
      (SELECT e.* FROM audit_events e
        WHERE e.organisation_id = ${organisationId}::uuid AND ${filters}
        ORDER BY e.created_at DESC, e.id DESC LIMIT ${limit})
      UNION ALL
      (SELECT s.* FROM memberships m CROSS JOIN LATERAL (
         SELECT e.* FROM audit_events e
         WHERE e.user_id = m.user_id AND e.organisation_id IS NULL AND e.action LIKE 'auth.%'
           AND e.created_at >= m.created_at AND ${filters}
         ORDER BY e.created_at DESC, e.id DESC LIMIT ${limit}) s
       WHERE m.organisation_id = ${organisationId}::uuid)
    ) e
    LEFT JOIN api_tokens t ON t.id = e.api_token_id
    ORDER BY e.created_at DESC, e.id DESC
    LIMIT ${limit}`;
  const entries = rows.slice(0, pageSize);
  const last = entries.at(-1);
  return {
    entries,
    next: rows.length > pageSize && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
