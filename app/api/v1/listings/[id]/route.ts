import { apiRoute } from '@/lib/api/api-route';
import { saveListingItem } from '@/lib/api/listings/save-listing-item';
import { readJsonObject } from '@/lib/api/request-body';
import { findListingItemTarget } from '@/lib/listings/item-target';

export const dynamic = 'force-dynamic';

/** PATCH /api/v1/listings/{id}: changes a saved checklist item; `version` is required (409 when stale). */
export const PATCH = apiRoute<{ id: string }>(async (request, { member, params, locale }) => {
  const target = await findListingItemTarget(member, params.id);
  return saveListingItem(member, locale, target, await readJsonObject(request));
});
