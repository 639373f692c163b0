import { ApiProblem } from '@/lib/api/api-problem';
import { readJsonObject } from '@/lib/api/request-body';
import { getCurrentUser } from '@/lib/auth/current-user';
import { geocodeAddress } from '@/lib/geocoding/geocode';
import { geocodeAddressSchema } from '@/lib/geocoding/schemas';
import { findMemberContext, hasRole } from '@/lib/organisations/member-context';

// POST { street, postalCode, city, countryCode } → { latitude, longitude, displayName }, for the
// pin picker of the location form. Errors: 401, 403 (staff), 404 (no member / address not
// found), 413 (body over 1 MB), 422 (incomplete address), 503 (no geocoder configured, or it failed).
export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'private, no-store' };
const answer = (body: object, status = 200) => Response.json(body, { status, headers: noStore });

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return answer({ error: 'unauthenticated' }, 401);
  const member = await findMemberContext(user, (await params).slug);
  if (!member) return answer({ error: 'not_found' }, 404);
  // Only those who edit locations use the geocoder (its quota is shared by the whole deployment).
  if (!hasRole(member, 'MANAGER')) return answer({ error: 'forbidden' }, 403);

  let body: unknown = null;
  try {
    body = await readJsonObject(request);
  } catch (error) {
    if (error instanceof ApiProblem && error.code === 'PAYLOAD_TOO_LARGE') {
      return answer({ error: 'payload_too_large' }, 413);
    }
  }
  const input = geocodeAddressSchema.safeParse(body);
  if (!input.success) return answer({ error: 'address_incomplete' }, 422);

  const outcome = await geocodeAddress(input.data);
  switch (outcome.status) {
    case 'found':
      return answer({
        latitude: outcome.latitude,
        longitude: outcome.longitude,
        displayName: outcome.displayName,
      });
    case 'not_found':
      return answer({ error: 'address_not_found' }, 404);
    case 'not_configured':
      return answer({ error: 'geocoder_not_configured' }, 503);
    case 'unavailable':
      console.error(`Geocoding failed: ${outcome.reason}`);
      return answer({ error: 'geocoder_unavailable' }, 503);
  }
}
