// No input may hold the event loop (issue #18): every input schema, normaliser and parser gets
// 100 kB of the repeated separators that slow patterns choke on, and each call must finish within
// 50 ms. A linear pattern takes a few milliseconds on such text, a quadratic one seconds.
// The same texts are part of the fuzz tests' hostile values (support/fuzz-arbitraries.ts).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { readComparisonForm } from '@/lib/benchmarks/comparison-form';
import { normaliseGeocodeQuery } from '@/lib/geocoding/geocode';
import { parseDayHours, parseSpecialHours } from '@/lib/locations/csv/hours-format';
import { parseLocationCsv } from '@/lib/locations/csv/parse-location-csv';
import { parsePhone } from '@/lib/locations/schemas';
import { compareNap } from '@/lib/nap/compare';
import { foldText } from '@/lib/nap/fold';
import {
  normaliseCity,
  normaliseName,
  normalisePhone,
  normalisePostcode,
  normaliseStreet,
  normaliseWebsite,
} from '@/lib/nap/normalise';
import { napFields } from '@/lib/nap/schemas';
import { parseIsoWeek } from '@/lib/weeks/iso-week';
import { hostileInputBudgetMs, timeWithinBudget } from '@/tests/support/time-budget';
import { longHostileTexts } from './support/fuzz-arbitraries';
import { samples } from './support/fuzz-samples';
import { collectSchemas, objectShapeOf } from './support/fuzz-schemas';

const found = await collectSchemas();

/** Each hostile text that took longer than the budget, with its time; empty when all fit. */
async function slowTexts(work: (text: string) => unknown) {
  const slow: string[] = [];
  for (const text of longHostileTexts) {
    const ms = await timeWithinBudget(() => work(text), hostileInputBudgetMs);
    if (ms >= hostileInputBudgetMs) slow.push(`${JSON.stringify(text.slice(0, 24))}…: ${ms.toFixed(0)} ms`);
  }
  return slow;
}

const textFunctions: [string, (text: string) => unknown][] = [
  ['foldText', foldText],
  ['normaliseName', normaliseName],
  ['normaliseStreet', normaliseStreet],
  ['normalisePostcode', normalisePostcode],
  ['normaliseCity', normaliseCity],
  ['normalisePhone', normalisePhone],
  ['normaliseWebsite', normaliseWebsite],
  // One field at a time, like the normalisers above: a call on all six fields is six times the text.
  ...napFields.map((field): [string, (text: string) => unknown] => [
    `compareNap (${field})`,
    (text) => compareNap({ [field]: text }, {}),
  ]),
  ['parsePhone', (text) => parsePhone(text, 'DE')],
  ['parseDayHours', parseDayHours],
  ['parseSpecialHours', parseSpecialHours],
  ['parseSpecialHours after a date', (text) => parseSpecialHours(`2026-12-24: ${text}`)],
  ['parseIsoWeek', parseIsoWeek],
  [
    'normaliseGeocodeQuery',
    (text) => normaliseGeocodeQuery({ street: text, postalCode: text, city: text, countryCode: 'DE' }),
  ],
  ['readComparisonForm', (text) => readComparisonForm({ scope: text, location: text, year: text })],
  [
    'parseLocationCsv',
    (text) =>
      parseLocationCsv(
        `Store code,Business name,Address line 1,Locality,Postal code,Monday hours\nA,${JSON.stringify(text)},${text.slice(0, 900)},C,27568,${text.slice(0, 900)}\n`,
      ),
  ],
];

describe('normalisers and parsers on 100 kB of hostile text', () => {
  it.each(textFunctions)('%s finishes within 50 ms', async (_name, work) => {
    expect(await slowTexts(work)).toEqual([]);
  });
});

describe.each(found.map((entry) => [entry.name, entry.schema] as const))('%s', (name, schema) => {
  const parse = (input: unknown) => (schema as z.ZodType).safeParseAsync(input);
  const shape = objectShapeOf(schema);
  const sample = (samples[name]?.input ?? {}) as Record<string, unknown>;

  it('parses 100 kB of hostile text within 50 ms, as the whole input and in each field', async () => {
    const slow = await slowTexts(parse);
    for (const field of Object.keys(shape ?? {})) {
      for (const problem of await slowTexts((text) => parse({ ...sample, [field]: text })))
        slow.push(`${field}: ${problem}`);
    }
    expect(slow).toEqual([]);
  });
});
