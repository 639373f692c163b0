// Helpers of the endpoint fuzz test: what the database holds (row counts of the tables an entry
// point may write), hostile request bodies and forms, and the check that an answer is a refusal
// or a success but never a server error.
import fc from 'fast-check';
import { expect } from 'vitest';
import { db } from '@/lib/db/prisma';
import type { FormState } from '@/lib/forms/form-state';
import { hostileString, hostileValue, pollutingKey } from './fuzz-arbitraries';

/** The tables the fuzzed entry points write to; audit events are left out (refusals are logged). */
const writtenTables = [
  'users',
  'organisations',
  'memberships',
  'invitations',
  'api_tokens',
  'locations',
  'location_special_hours',
  'platforms',
  'organisation_platforms',
  'listing_items',
  'listing_changes',
  'listing_rating_snapshots',
  'check_ins',
  'check_in_minutes',
  'time_entries',
  'benchmark_sets',
  'benchmark_figures',
] as const;

export type RowCounts = Record<(typeof writtenTables)[number], number>;

/** Every written table's row count, in one statement. */
export async function rowCounts(): Promise<RowCounts> {
  const columns = writtenTables.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ');
  const [row] = await db.$queryRawUnsafe<RowCounts[]>(`SELECT ${columns}`);
  return row!;
}

/** Runs `call` and, when `refused(result)` says it wrote nothing, checks that indeed no row changed. */
export async function expectNothingStoredWhenRefused<T>(
  call: () => Promise<T>,
  refused: (result: T) => boolean,
) {
  const before = await rowCounts();
  const result = await call();
  if (refused(result)) expect(await rowCounts()).toEqual(before);
  return result;
}

/** An API answer: a success or a client error with the one JSON error format, never a 5xx. */
export function expectClientOutcome(
  response: { status: number; json?: Record<string, unknown> },
  label = '',
) {
  expect(response.status, `${label} ${JSON.stringify(response.json)?.slice(0, 300)}`).toBeLessThan(500);
  if (response.status >= 400) expect(response.json?.error, label).toBeDefined();
}

/** Hostile values that JSON can carry (no BigInt). */
const hostileJsonValue = hostileValue.filter((value) => typeof value !== 'bigint');

/** A valid JSON object with some fields replaced by hostile values and polluting keys added. */
export function hostileBodyFrom(valid: Record<string, unknown>, extraKeys: string[] = []) {
  const keys = [...new Set([...Object.keys(valid), ...extraKeys])];
  return fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((key) => [key, hostileJsonValue])), { requiredKeys: [] }),
      fc.dictionary(pollutingKey, hostileJsonValue, { maxKeys: 2 }),
    )
    .map(([overrides, extra]) => ({ ...valid, ...extra, ...overrides }));
}

/** Bodies that are not a JSON object at all: broken JSON, other JSON types, invalid UTF-8, deep nesting. */
export const malformedBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constantFrom<string | Uint8Array>(
    '',
    '{',
    '{"name":',
    'null',
    '[]',
    '"text"',
    '1e308',
    'NaN',
    '{"a":1}}',
    "{'single':'quotes'}",
    '{"__proto__":{"polluted":true}}',
    `{"nested":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    `{"nested":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
    new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
    new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
  ),
  fc.string({ unit: 'binary', maxLength: 50 }),
);

/** What a form field may carry: any text, or a file where the form has no file input. */
const hostileFormValue: fc.Arbitrary<string | File> = fc.oneof(
  { weight: 9, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constant(null).map(() => new File(['<b>x</b>'], 'x.html', { type: 'text/html' })),
  },
);

/** A form as the browser would post it: the valid fields with some replaced by hostile values. */
export function hostileFormFrom(valid: Record<string, string>) {
  const keys = Object.keys(valid);
  return fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((key) => [key, hostileFormValue])), { requiredKeys: [] }),
      fc.dictionary(fc.oneof(pollutingKey, hostileString), hostileFormValue, { maxKeys: 2 }),
    )
    .map(([overrides, extra]) => formData({ ...valid, ...extra, ...overrides }));
}

export function formData(fields: Record<string, string | File | undefined>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  return form;
}

/** A form action's answer that wrote nothing: an error state (a redirect means it saved). */
export const isErrorState = (state: FormState | 'redirected') =>
  state !== 'redirected' && state.status === 'error';
