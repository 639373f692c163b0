import { ApiProblem } from '@/lib/api/api-problem';
import { readJsonObject } from '@/lib/api/request-body';
import { getCurrentUser } from '@/lib/auth/current-user';
import { loadPlaces } from '@/lib/gazetteer/load-places';
import { locateInIndex } from '@/lib/gazetteer/locate-address';
import { checkPlausibilityInIndex } from '@/lib/gazetteer/plausibility';
import { approximatePositionQuerySchema } from '@/lib/locations/placement/schemas';
import { findMemberContext, hasRole } from '@/lib/organisations/member-context';

// POST { postalCode, city, countryCode, latitude?, longitude? } → { position, warnings }, for the
// location form while an address is typed: where the embedded gazetteer places it (null when
// nowhere) and its plausibility warnings. Reads no organisation data. Errors: 401, 403 (staff),
// 404 (no member), 413 (body over 1 MB), 422 (invalid input).
export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'private, no-store' };
const answer = (body: object, status = 200) => Response.json(body, { status, headers: noStore });

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return answer({ error: 'unauthenticated' }, 401);
  const member = await findMemberContext(user, (await params).slug);
  if (!member) return answer({ error: 'not_found' }, 404);
  if (!hasRole(member, 'MANAGER')) return answer({ error: 'forbidden' }, 403);

  let body: unknown = null;
  try {
    body = await readJsonObject(request);
  } catch (error) {
    if (error instanceof ApiProblem && error.code === 'PAYLOAD_TOO_LARGE') {
      return answer({ error: 'payload_too_large' }, 413);
    }
  }
  const input = approximatePositionQuerySchema.safeParse(body);
  if (!input.success) return answer({ error: 'invalid' }, 422);

  const { latitude, longitude, ...address } = input.data;
  const places = await loadPlaces();
  const pin = latitude !== null && longitude !== null ? { latitude, longitude } : null;
  return answer({
    position: locateInIndex(places, address),
    warnings: checkPlausibilityInIndex(places, address, pin),
  });
}
