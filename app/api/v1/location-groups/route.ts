import { apiRoute } from '@/lib/api/api-route';
import { toLocationGroupJson, toLocationGroupRollUpJson } from '@/lib/api/location-groups/representation';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { createLocationGroup } from '@/lib/location-groups/groups';
import { locationGroupRollUps } from '@/lib/location-groups/roll-ups';
import { locationGroupInputSchema } from '@/lib/location-groups/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/location-groups: the groups by name with this week's roll-ups, then the locations in no group. */
export const GET = apiRoute(async (_request, { member }) => {
  const rows = await locationGroupRollUps(member);
  return apiJson({ data: rows.map(toLocationGroupRollUpJson) });
});

/** POST /api/v1/location-groups: 201 with the group (a rule group with its matching locations already placed). */
export const POST = apiRoute(async (request, { member }) => {
  const input = locationGroupInputSchema.parse(await readJsonObject(request));
  return apiJson(toLocationGroupJson(await createLocationGroup(member, input)), { status: 201 });
});
