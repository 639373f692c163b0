import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/auth-options';
import { withoutEndedSession } from '@/lib/auth/session-endpoint';

// Options are built per request (not at import) so that `next build` needs no secrets.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const response: Response = await NextAuth(request, context, authOptions());
  const isSessionRequest =
    request.method === 'GET' && (await context.params).nextauth.join('/') === 'session';
  return isSessionRequest ? withoutEndedSession(response) : response;
}

export { handler as GET, handler as POST };
