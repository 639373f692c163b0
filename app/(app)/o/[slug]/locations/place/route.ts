import { memberRoute } from '@/lib/api/member-route';
import { readJsonObject } from '@/lib/api/request-body';
import { loadPlaces } from '@/lib/gazetteer/load-places';
import { locateInIndex } from '@/lib/gazetteer/locate-address';
import { checkPlausibilityInIndex } from '@/lib/gazetteer/plausibility';
import { approximatePositionQuerySchema } from '@/lib/locations/placement/schemas';

// POST { postalCode, city, countryCode, latitude?, longitude? } → { position, warnings }, for the
// location form while an address is typed: where the embedded gazetteer places it (null when
// nowhere) and its plausibility warnings. Reads no organisation data. Managers and owners only
// (they edit locations). Errors in the one JSON format: 401, 403, 404, 400/413 (body), 422.
export const dynamic = 'force-dynamic';

export const POST = memberRoute(
  async (request) => {
    const { latitude, longitude, ...address } = approximatePositionQuerySchema.parse(
      await readJsonObject(request),
    );
    const places = await loadPlaces();
    const pin = latitude !== null && longitude !== null ? { latitude, longitude } : null;
    return Response.json(
      {
        position: locateInIndex(places, address),
        warnings: checkPlausibilityInIndex(places, address, pin),
      },
      { headers: { 'cache-control': 'private, no-store' } },
    );
  },
  { role: 'MANAGER' },
);
