import { memberRoute } from '@/lib/api/member-route';
import { loadMapPayload } from '@/lib/map/map-data';

// The map's locations in compact form (lib/locations/map-payload.ts). Per user, never cached.
export const dynamic = 'force-dynamic';

export const GET = memberRoute(async (_request, { member }) =>
  Response.json(await loadMapPayload(member), { headers: { 'cache-control': 'private, no-store' } }),
);
