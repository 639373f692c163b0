// Property-based fuzzing of every input schema (issue #6, item 6). The schemas are found in the
// code (tests/security/support/fuzz-schemas.ts), so a new one is fuzzed without being listed here.
// Each gets hostile values as a whole, in its fields, and in one field of a valid sample:
// parsing never throws, and what it accepts keeps the promises the rest of the app relies on
// (storable, trimmed, bounded text; finite numbers in range; plain objects, no prototype tricks).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { hostileValue, injectionTexts, pollutingKey, unstorableTexts } from './support/fuzz-arbitraries';
import { rawTextField, rawTextSchemas, responseSchemas, samples } from './support/fuzz-samples';
import {
  boundProblems,
  boundsOf,
  collectSchemas,
  objectShapeOf,
  outputProblems,
  prototypeIsClean,
  type FoundSchema,
} from './support/fuzz-schemas';

const runs = { numRuns: 100 };
const found = await collectSchemas();

/** Parses like parseForm and the API do; a throw is the failure this test looks for. */
async function parse(schema: z.ZodType, input: unknown) {
  return schema.safeParseAsync(input);
}

function problemsOf(entry: FoundSchema, data: unknown) {
  const rawSchema = entry.name in rawTextSchemas;
  const problems = outputProblems(data, {
    rawTextPath: (path) => rawSchema || path.some((segment) => rawTextField.test(segment)),
  });
  const shape = objectShapeOf(entry.schema);
  if (shape && data && typeof data === 'object') {
    for (const [field, fieldSchema] of Object.entries(shape))
      problems.push(...boundProblems(field, (data as Record<string, unknown>)[field], boundsOf(fieldSchema)));
  }
  if (!prototypeIsClean()) problems.push('Object.prototype was changed');
  return problems;
}

async function expectSafe(entry: FoundSchema, input: unknown) {
  const result = await parse(entry.schema, input);
  if (result.success && !(entry.name in responseSchemas))
    expect(problemsOf(entry, result.data), entry.name).toEqual([]);
  return result;
}

beforeAll(() => {
  console.info(`fuzzing ${found.length} schemas, ${runs.numRuns} runs per property`);
});

describe('the schema inventory', () => {
  it('finds the input schemas of every area', () => {
    const areas = new Set(found.map((entry) => entry.module.split('/')[1]));
    for (const area of [
      'locations',
      'listings',
      'checkins',
      'time-entries',
      'benchmarks',
      'organisations',
      'auth',
    ])
      expect(areas).toContain(area);
    expect(found.length).toBeGreaterThanOrEqual(50);
  });

  it('has a valid sample for every schema, and each sample parses', async () => {
    const missing = found.filter((entry) => !(entry.name in samples)).map((entry) => entry.name);
    expect(missing, 'add a valid input to tests/security/support/fuzz-samples.ts').toEqual([]);
    const stale = Object.keys(samples).filter((name) => !found.some((entry) => entry.name === name));
    expect(stale).toEqual([]);
    for (const entry of found) {
      const result = await parse(entry.schema, samples[entry.name]!.input);
      expect(result.error?.issues ?? [], entry.name).toEqual([]);
      expect(problemsOf(entry, result.data), entry.name).toEqual([]);
    }
  });
});

describe.each(found.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  const shape = objectShapeOf(entry.schema);
  const sample = samples[entry.name];

  it('never throws on a hostile value as the whole input', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValue, async (input) => {
        await expectSafe(entry, input);
      }),
      runs,
    );
  });

  if (shape)
    it('never throws on hostile fields, and what it accepts keeps its bounds', async () => {
      const keys = Object.keys(shape);
      const fields = fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), {
        requiredKeys: [],
      });
      const extras = fc.dictionary(pollutingKey, hostileValue, { maxKeys: 2 });
      await fc.assert(
        fc.asyncProperty(fields, extras, async (given, extra) => {
          await expectSafe(entry, { ...extra, ...given });
        }),
        runs,
      );
    });

  if (shape && sample)
    it('accepts a valid sample with one hostile field only within its bounds', async () => {
      const base = sample.input as Record<string, unknown>;
      const keys = [...new Set([...Object.keys(shape), ...Object.keys(base)])];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...keys), hostileValue, async (key, value) => {
          await expectSafe(entry, { ...base, [key]: value });
        }),
        runs,
      );
    });

  if (sample?.freeText)
    it('keeps injection-looking text exactly as typed and refuses unstorable text', async () => {
      const base = sample.input as Record<string, unknown>;
      const padding = fc.constantFrom('', ' ', '  \t');
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...sample.freeText!),
          fc.constantFrom(...injectionTexts),
          padding,
          padding,
          async (field, text, before, after) => {
            const result = await expectSafe(entry, { ...base, [field]: `${before}${text}${after}` });
            expect(result.error?.issues ?? [], `${field}: ${text}`).toEqual([]);
            expect((result.data as Record<string, unknown>)[field]).toBe(text);
          },
        ),
        { numRuns: 50 },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...sample.freeText!),
          fc.constantFrom(...unstorableTexts),
          async (field, text) => {
            const result = await expectSafe(entry, { ...base, [field]: `Name ${text} Deich` });
            // Search fields drop what they cannot use (catch); everything else refuses it.
            if (result.success) expect((result.data as Record<string, unknown>)[field]).toBeUndefined();
          },
        ),
        { numRuns: 50 },
      );
    });
});
