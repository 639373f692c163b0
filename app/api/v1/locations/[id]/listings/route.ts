import { apiRoute } from '@/lib/api/api-route';
import { toListingChecklistJson } from '@/lib/api/listings/representation';
import { idFromPath } from '@/lib/api/path-id';
import { apiJson } from '@/lib/api/responses';
import { getLocationChecklist } from '@/lib/listings/checklist';
import { locationScores } from '@/lib/listings/score';
import { observationsOfLocations } from '@/lib/verification/observations';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/locations/{id}/listings: the checklist (one item per enabled platform), the score and
 * what the automatic checks last observed.
 */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  const locationId = idFromPath(params.id);
  const [{ location, entries }, scores, observations] = await Promise.all([
    getLocationChecklist(member, locationId),
    locationScores(member, [locationId]),
    observationsOfLocations(member, [locationId]),
  ]);
  return apiJson(
    toListingChecklistJson(location, entries, scores.get(location.id), observations.get(location.id)),
  );
});
