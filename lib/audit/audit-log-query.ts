// The log page's search parameters (filters and the keyset cursor), validated once for the page
// and the data layer. Without server-only: the page builds its links from the same type.
import { z } from 'zod';
import { auditCategories } from './audit-actions';

/** Where a page of the log starts: entries strictly older than this one. */
export type AuditCursor = { createdAt: Date; id: string };

const cursorPattern =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function formatAuditCursor(cursor: AuditCursor) {
  return `${cursor.createdAt.toISOString()}_${cursor.id}`;
}

function parseAuditCursor(value: string): AuditCursor | undefined {
  const [, time = '', id = ''] = cursorPattern.exec(value) ?? [];
  const createdAt = new Date(time);
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : undefined;
}

/** Unknown or malformed values are dropped, so an edited URL shows the unfiltered log, never an error. */
export const auditLogQuerySchema = z.object({
  category: z.enum(auditCategories).optional().catch(undefined),
  member: z.uuid().optional().catch(undefined),
  before: z.string().max(80).transform(parseAuditCursor).optional().catch(undefined),
});

export type AuditLogQuery = z.output<typeof auditLogQuerySchema>;
