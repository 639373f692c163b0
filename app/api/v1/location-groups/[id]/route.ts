import { apiRoute } from '@/lib/api/api-route';
import { toLocationGroupJson } from '@/lib/api/location-groups/representation';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { deleteLocationGroup, getLocationGroup, updateLocationGroup } from '@/lib/location-groups/groups';
import { locationGroupUpdateSchema } from '@/lib/location-groups/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/location-groups/{id} */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) =>
  apiJson(toLocationGroupJson(await getLocationGroup(member, params.id))),
);

/** PATCH /api/v1/location-groups/{id}: the fields given; `mode` with the rule changes the members. */
export const PATCH = apiRoute<{ id: string }>(async (request, { member, params }) => {
  const input = locationGroupUpdateSchema.parse(await readJsonObject(request));
  return apiJson(toLocationGroupJson(await updateLocationGroup(member, params.id, input)));
});

/** DELETE /api/v1/location-groups/{id}: 204; the locations stay. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  await deleteLocationGroup(member, params.id);
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
