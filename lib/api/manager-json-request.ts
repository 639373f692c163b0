import 'server-only';
import { getCurrentUser } from '@/lib/auth/current-user';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { findMemberContext } from '@/lib/organisations/member-context';
import { ApiProblem } from './api-problem';
import { readJsonObject } from './request-body';

// The head of the session-authenticated JSON routes that the location form calls while an address
// is typed (geocode, place): only managers and owners of the organisation in the path use them.

/** A JSON answer for one signed-in person: never cached, by the browser or anything between. */
export function privateJson(body: object, status = 200) {
  return Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } });
}

/**
 * The manager's member context and the request's JSON body (null when it is no JSON object or
 * holds text over the input ceiling), or the refusal to answer: 401 without a session, 404 for an
 * organisation the person is not in, 403 below manager, 413 for a body over 1 MB.
 */
export async function readManagerJsonRequest(
  request: Request,
  slug: string,
): Promise<{ member: MemberContext; body: unknown } | { refusal: Response }> {
  const user = await getCurrentUser();
  if (!user) return { refusal: privateJson({ error: 'unauthenticated' }, 401) };
  const member = await findMemberContext(user, slug);
  if (!member) return { refusal: privateJson({ error: 'not_found' }, 404) };
  if (!hasRole(member, 'MANAGER')) return { refusal: privateJson({ error: 'forbidden' }, 403) };
  try {
    return { member, body: await readJsonObject(request) };
  } catch (error) {
    if (error instanceof ApiProblem && error.code === 'PAYLOAD_TOO_LARGE') {
      return { refusal: privateJson({ error: 'payload_too_large' }, 413) };
    }
    return { member, body: null };
  }
}
