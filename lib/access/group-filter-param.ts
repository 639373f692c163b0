import { z } from 'zod';

/**
 * The `group` parameter of lists, the matrix, the map, comparisons and the score history: a
 * location group's id, or nothing ("all groups" of a GET form sends it empty). Its existence and
 * the member's right to it are checked against the database (lib/access/group-filter.ts), so a
 * malformed id answers NOT_FOUND like a foreign one.
 */
export const groupFilterParam = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
  z.string().optional(),
);
