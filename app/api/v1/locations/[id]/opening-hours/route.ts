import { apiRoute } from '@/lib/api/api-route';
import { idFromPath } from '@/lib/api/path-id';
import { apiJson } from '@/lib/api/responses';
import { loadStructuredData, toOsmOpeningHoursJson } from '@/lib/api/structured-data/representation';

export const dynamic = 'force-dynamic';

/** GET /api/v1/locations/{id}/opening-hours: the OpenStreetMap opening_hours value and element. */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  return apiJson(toOsmOpeningHoursJson(await loadStructuredData(member, idFromPath(params.id))));
});
