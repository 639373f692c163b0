import 'server-only';
import { findSessionUser } from './auth-sessions';

/**
 * next-auth answers GET /api/auth/session from the signed cookie alone. A session ended on the
 * server (signed out elsewhere, password changed, user disabled, idle or expired) shows nothing
 * of its user there either, like everywhere else. Only this endpoint pays the lookup; pages and
 * actions check the session in getCurrentUser.
 */
export async function withoutEndedSession(response: Response): Promise<Response> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const sessionId = typeof body === 'object' && body !== null && 'sessionId' in body ? body.sessionId : null;
  if (typeof sessionId !== 'string') return response;
  // A failed lookup (database unavailable) is not an ended session.
  const user = await findSessionUser(sessionId).catch(() => undefined);
  if (user !== null) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response('{}', { status: 200, headers });
}
