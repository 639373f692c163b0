import { apiRoute } from '@/lib/api/api-route';
import { loadLocationJson, withPresenceScores } from '@/lib/api/locations/location-json';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { createLocation, listLocations } from '@/lib/locations/locations';
import { locationInputSchema, locationListQuerySchema } from '@/lib/locations/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/locations?q=&page=&pageSize=&sort=&direction=&archived= */
export const GET = apiRoute(async (request, { member }) => {
  const query = locationListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listLocations(member, query);
  return apiJson({
    data: await withPresenceScores(member, page.items),
    page: page.page,
    pageSize: page.pageSize,
    total: page.total,
  });
});

/** POST /api/v1/locations: creates a location; answers 201 with it. */
export const POST = apiRoute(async (request, { member }) => {
  const input = await locationInputSchema.parseAsync(await readJsonObject(request));
  const { id } = await createLocation(member, input);
  return apiJson(await loadLocationJson(member, id), {
    status: 201,
    headers: { location: `/api/v1/locations/${id}` },
  });
});
