import 'server-only';
import { errorResponse } from '@/lib/api/api-problem';
import { apiJson } from '@/lib/api/responses';
import { isAppError } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { getLocationChecklist, updateListingItem } from '@/lib/listings/checklist';
import { listingUpdateSchema } from '@/lib/listings/schemas';
import type { MemberContext } from '@/lib/access/member-context';
import { observationsOfLocations } from '@/lib/verification/observations';
import { toListingItemJson, type ListingItemJson } from './representation';

type Target = { locationId: string; platformId: string };

/** The item as the checklist shows it now (three queries: location, checklist rows, observations). */
async function currentItemJson(member: MemberContext, { locationId, platformId }: Target) {
  const [{ location, entries }, observations] = await Promise.all([
    getLocationChecklist(member, locationId),
    observationsOfLocations(member, [locationId]),
  ]);
  const entry = entries.find((candidate) => candidate.platform.id === platformId);
  return entry ? toListingItemJson(location, entry, observations.get(location.id)) : null;
}

/**
 * PATCH /api/v1/listings/{id} and PUT /api/v1/locations/{id}/listings/{platformId}: validates the
 * body with the checklist form's schema and saves it. A stale `version` writes nothing and answers
 * 409 with the current item, so the client can show what changed and try again.
 */
export async function saveListingItem(
  member: MemberContext,
  locale: AppLocale,
  target: Target,
  body: Record<string, unknown>,
): Promise<Response> {
  const input = await listingUpdateSchema.parseAsync(body);
  try {
    await updateListingItem(member, target.locationId, target.platformId, input);
  } catch (error) {
    if (!isAppError(error, 'CONFLICT')) throw error;
    return errorResponse(409, {
      code: 'CONFLICT',
      message: translatorFor(locale, '')('listings.errors.stale'),
      current: await currentItemJson(member, target),
    });
  }
  const item = (await currentItemJson(member, target)) as ListingItemJson;
  // The first save of an item creates it: 201 with the address it has from now on.
  if (input.version === 0 && item.id) {
    return apiJson(item, { status: 201, headers: { location: `/api/v1/listings/${item.id}` } });
  }
  return apiJson(item);
}
