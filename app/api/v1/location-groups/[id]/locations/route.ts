import { apiRoute } from '@/lib/api/api-route';
import { toLocationGroupMemberJson } from '@/lib/api/location-groups/representation';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import {
  addLocationsToGroup,
  listGroupMembers,
  removeLocationsFromGroup,
} from '@/lib/location-groups/members';
import {
  locationGroupMembersChangeSchema,
  locationGroupMembersPageSchema,
} from '@/lib/location-groups/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/location-groups/{id}/locations?page=&q=: the group's locations by name, 50 a page. */
export const GET = apiRoute<{ id: string }>(async (request, { member, params }) => {
  const query = locationGroupMembersPageSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await listGroupMembers(member, params.id, query);
  return apiJson({
    data: page.rows.map(toLocationGroupMemberJson),
    page: page.page,
    pageCount: page.pageCount,
    total: page.total,
  });
});

/** POST /api/v1/location-groups/{id}/locations: adds `locationIds` to a hand group. */
export const POST = apiRoute<{ id: string }>(async (request, { member, params }) => {
  const { locationIds } = locationGroupMembersChangeSchema.parse(await readJsonObject(request));
  return apiJson(await addLocationsToGroup(member, params.id, locationIds));
});

/** DELETE /api/v1/location-groups/{id}/locations: removes `locationIds` from a hand group. */
export const DELETE = apiRoute<{ id: string }>(async (request, { member, params }) => {
  const { locationIds } = locationGroupMembersChangeSchema.parse(await readJsonObject(request));
  return apiJson(await removeLocationsFromGroup(member, params.id, locationIds));
});
