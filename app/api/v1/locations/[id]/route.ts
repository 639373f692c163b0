import { apiRoute } from '@/lib/api/api-route';
import { loadLocationJson } from '@/lib/api/locations/location-json';
import { mergeLocationPatch } from '@/lib/api/locations/patch';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { AppError } from '@/lib/errors';
import { deleteLocation, getLocation, setLocationArchived, updateLocation } from '@/lib/locations/locations';
import { locationIdSchema } from '@/lib/locations/schemas';

export const dynamic = 'force-dynamic';

type Params = { id: string };

/** Something that is no uuid cannot name a location: 404, like another organisation's id. */
function locationIdOf(params: Params) {
  const parsed = locationIdSchema.safeParse({ locationId: params.id });
  if (!parsed.success) throw new AppError('NOT_FOUND');
  return parsed.data.locationId;
}

export const GET = apiRoute<Params>(async (_request, { member, params }) => {
  return apiJson(await loadLocationJson(member, locationIdOf(params)));
});

/** Partial update: the given fields replace the stored ones; the result is validated as a whole. */
export const PATCH = apiRoute<Params>(async (request, { member, params }) => {
  const locationId = locationIdOf(params);
  const patch = await readJsonObject(request);
  const stored = await getLocation(member, locationId);
  const { input, archived } = await mergeLocationPatch(stored, patch);
  await updateLocation(member, locationId, input);
  if (archived !== undefined && archived !== (stored.archivedAt !== null)) {
    await setLocationArchived(member, locationId, archived);
  }
  return apiJson(await loadLocationJson(member, locationId));
});

export const DELETE = apiRoute<Params>(async (_request, { member, params }) => {
  await deleteLocation(member, locationIdOf(params));
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
