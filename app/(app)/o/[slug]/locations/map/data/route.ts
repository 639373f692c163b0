import { memberRoute } from '@/lib/api/member-route';
import { assertGroupIdFormat } from '@/lib/access/group-filter';
import { loadMapPayload } from '@/lib/map/map-data';

// The map's locations in compact form (lib/locations/map-payload.ts), those the member sees, in
// one location group with ?group=<id> (a foreign or out-of-limit group: 404). Per user, never cached.
export const dynamic = 'force-dynamic';

export const GET = memberRoute(async (request, { member }) => {
  const groupId = assertGroupIdFormat(new URL(request.url).searchParams.get('group'));
  return Response.json(await loadMapPayload(member, { groupId }), {
    headers: { 'cache-control': 'private, no-store' },
  });
});
