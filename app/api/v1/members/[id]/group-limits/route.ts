import { apiRoute } from '@/lib/api/api-route';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { getManagerGroupLimit, setManagerGroupLimit } from '@/lib/location-groups/manager-limits';
import { managerGroupLimitSchema } from '@/lib/location-groups/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/members/{id}/group-limits: the groups a member is limited to. */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) =>
  apiJson(await getManagerGroupLimit(member, params.id)),
);

/** PUT /api/v1/members/{id}/group-limits: replaces a manager's limit (`groupIds: []` lifts it). */
export const PUT = apiRoute<{ id: string }>(async (request, { member, params }) => {
  const { groupIds } = managerGroupLimitSchema.parse(await readJsonObject(request));
  return apiJson(await setManagerGroupLimit(member, params.id, groupIds));
});
