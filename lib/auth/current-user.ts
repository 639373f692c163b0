import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { authOptions } from './auth-options';
import { findSessionUser } from './auth-sessions';

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

/** The signed-in user of this request, or null. Checked against the database once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.sessionId) return null;
  return findSessionUser(session.sessionId);
});

export const getCurrentSessionId = cache(
  async () => (await getServerSession(authOptions()))?.sessionId ?? null,
);

/** For pages and actions that need a user: sends everyone else to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}
