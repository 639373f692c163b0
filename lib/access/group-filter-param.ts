import { z } from 'zod';

/** What a malformed group parameter becomes: no group has this id. */
const malformedGroup = 'malformed';

/**
 * The `group` parameter of lists, the matrix, the map, comparisons and the score history: a
 * location group's id, or nothing ("all groups" of a GET form sends it empty). Its existence and
 * the member's right to it are checked against the database (lib/access/group-filter.ts), so a
 * malformed id answers NOT_FOUND like a foreign one.
 */
export const groupFilterParam = z
  .preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
    // Ids are short and plain; anything else (a long or unstorable text) is kept as a marker that
    // names no group, so it answers NOT_FOUND like a foreign id instead of failing the page.
    z
      .string()
      .max(64)
      .regex(/^[0-9A-Za-z-]+$/)
      .optional(),
  )
  .catch(malformedGroup);
