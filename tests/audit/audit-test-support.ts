// Shared by the audit tests: the request every data-layer call in these files appears to come
// from (next/headers is mocked with these headers), and a reader for the events written.
import { db } from '@/lib/db/prisma';

export const requestHeaders = new Headers({
  'x-forwarded-for': '203.0.113.7',
  // Terminal escapes (colour, bell) must arrive as plain text. (Headers cannot carry newlines;
  // the sign-in test sends one through next-auth's plain header object.)
  'user-agent': 'Mozilla/5.0 (Test)\u001b[31m red\u0007',
});

export const cleanUserAgent = 'Mozilla/5.0 (Test) [31m red ';

/** The events with this action in the organisation (or, with null, of the user), oldest first. */
export function eventsOf(action: string, scope: { organisationId: string } | { userId: string }) {
  return db.auditEvent.findMany({
    where: { action, ...('organisationId' in scope ? { organisationId: scope.organisationId } : scope) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}
