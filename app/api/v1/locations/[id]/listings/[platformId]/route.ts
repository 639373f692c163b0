import { apiRoute } from '@/lib/api/api-route';
import { saveListingItem } from '@/lib/api/listings/save-listing-item';
import { idFromPath } from '@/lib/api/path-id';
import { readJsonObject } from '@/lib/api/request-body';

export const dynamic = 'force-dynamic';

/**
 * PUT /api/v1/locations/{id}/listings/{platformId}: saves the location's item on a platform, also
 * one nobody has saved yet (version 0; answers 201 with its new id). Same body as PATCH /listings/{id}.
 */
export const PUT = apiRoute<{ id: string; platformId: string }>(
  async (request, { member, params, locale }) => {
    const target = { locationId: idFromPath(params.id), platformId: idFromPath(params.platformId) };
    return saveListingItem(member, locale, target, await readJsonObject(request));
  },
);
