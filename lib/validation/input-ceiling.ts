import { z } from 'zod';

// A ceiling on every text a form or an API body hands to a schema, checked before the schema
// (and any pattern in it) runs: far above what any field allows (the longest, a web address,
// takes 2,048 characters), so only text no field could accept meets it. Each field's own
// limit, with its own message, is still the schema's.

export const maxInputTextCharacters = 10_000;

type Visit = { value: unknown; key: PropertyKey | null; parent: Visit | null };

function pathOf(visit: Visit) {
  const path: PropertyKey[] = [];
  for (let at: Visit | null = visit; at?.key != null; at = at.parent) path.unshift(at.key);
  return path;
}

/** The paths of the texts in `value` (form values or parsed JSON) longer than the ceiling. */
export function overlongTextPaths(value: unknown): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  // An explicit stack, each entry linked to its parent: a body may nest deeper than the call
  // stack allows, and paths are only spelled out for what is found.
  const pending: Visit[] = [{ value, key: null, parent: null }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const current = visit.value;
    if (typeof current === 'string') {
      if (current.length > maxInputTextCharacters) found.push(pathOf(visit));
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, key: index, parent: visit }));
    } else if (current && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) pending.push({ value: item, key, parent: visit });
    }
  }
  return found;
}

/** The overlong texts of `value` as validation issues ("textTooLong" on each field), none when all fit. */
export function overlongTextIssues(value: unknown): z.core.$ZodIssue[] {
  return overlongTextPaths(value).map((path) => ({
    code: 'custom',
    path,
    message: 'textTooLong',
    input: undefined,
  }));
}

/** Throws the schemas' validation error for texts over the ceiling, naming each field. */
export function assertTextsWithinCeiling(value: unknown) {
  const issues = overlongTextIssues(value);
  if (issues.length > 0) throw new z.ZodError(issues);
}
