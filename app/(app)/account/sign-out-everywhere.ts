'use server';

import { redirect } from 'next/navigation';
import { recordSignOutEverywhere } from '@/lib/audit/sign-in-events';
import { revokeAllAuthSessions } from '@/lib/auth/auth-sessions';
import { getCurrentUser } from '@/lib/auth/current-user';

/** Ends every session of the user on the server, this browser's included. */
export async function signOutEverywhere() {
  const user = await getCurrentUser();
  if (user) {
    await revokeAllAuthSessions(user.id);
    await recordSignOutEverywhere(user);
  }
  redirect('/sign-in?signedOut=everywhere');
}
