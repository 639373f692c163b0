import { z } from 'zod';
import type { LocationDetail } from '@/lib/locations/locations';
import { locationInputSchema, type LocationInput } from '@/lib/locations/schemas';
import { toLocationJson } from './representation';

const archivedSchema = z.object({
  archived: z.boolean({ error: 'api.errors.archivedInvalid' }).optional(),
});

/** The stored location in the shape of locationInputSchema's input (null fields left out). */
function storedAsInput(location: LocationDetail): Record<string, unknown> {
  const {
    id: _id,
    archived: _archived,
    archivedAt: _archivedAt,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    presence: _presence,
    specialHours,
    positionSource,
    positionPrecision: _positionPrecision,
    positionPrecisionM: _positionPrecisionM,
    latitude,
    longitude,
    ...fields
  } = toLocationJson(location, null);
  return withoutNulls({
    ...fields,
    // Only a hand-set pin is kept as the input's: an automatic one follows the (patched) address.
    ...(positionSource === 'MANUAL' ? { latitude, longitude } : {}),
    specialHours: specialHours.map((entry) => withoutNulls(entry)),
  });
}

function withoutNulls(record: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));
}

/**
 * PATCH semantics: the fields in the patch replace the stored ones (null clears an optional
 * field), then the whole merged location is validated with the same schema as a create, so a
 * patch cannot produce a location the form would refuse. `archived` archives or restores.
 * Throws a ZodError with every problem at once.
 */
export async function mergeLocationPatch(
  stored: LocationDetail,
  patch: Record<string, unknown>,
): Promise<{ input: LocationInput; archived: boolean | undefined }> {
  const merged = { ...storedAsInput(stored), ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === null) delete merged[key];
  const [location, extras] = await Promise.all([
    locationInputSchema.safeParseAsync(merged),
    archivedSchema.safeParseAsync(patch),
  ]);
  if (!location.success || !extras.success) {
    throw new z.ZodError([...(location.error?.issues ?? []), ...(extras.error?.issues ?? [])]);
  }
  return { input: location.data, archived: extras.data.archived };
}
