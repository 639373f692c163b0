import { z } from 'zod';
import { isStorableText, storableTextError } from './storable-text';

// Optional free-text fields of forms and the API: blank means "none" (null), text is trimmed,
// capped and storable.

/** An empty or blank form value as null; anything else unchanged. */
export const blankToNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

/** Optional trimmed text of at most `max` characters; `tooLong` is the message for longer text. */
export const optionalText = (max: number, tooLong: { error: string }) =>
  z.preprocess(
    blankToNull,
    z.string().trim().max(max, tooLong).refine(isStorableText, storableTextError).nullable().optional(),
  );
