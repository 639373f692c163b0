import { z } from 'zod';
import { bulkStatusSchema } from './schemas';

// The matrix's bulk form sends one checkbox per selected item. Each checkbox carries its target in
// its name, so the form still works as plain HTML (FormData keeps one value per name).
const targetPrefix = 'target:';

export function targetFieldName(locationId: string, platformId: string) {
  return `${targetPrefix}${locationId}:${platformId}`;
}

/** bulkStatusSchema, read from the form's fields. */
export const bulkStatusFormSchema = z.preprocess((raw) => {
  const fields = (raw ?? {}) as Record<string, unknown>;
  const targets = Object.keys(fields)
    .filter((name) => name.startsWith(targetPrefix))
    .map((name) => {
      const [locationId = '', platformId = ''] = name.slice(targetPrefix.length).split(':');
      return { locationId, platformId };
    });
  return { status: fields.status, targets };
}, bulkStatusSchema);
