import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertTextsWithinCeiling, maxInputTextCharacters, overlongTextPaths } from './input-ceiling';

const overlong = 'x'.repeat(maxInputTextCharacters + 1);
const longest = 'x'.repeat(maxInputTextCharacters);

describe('the input text ceiling', () => {
  it('names every text over the ceiling by its path, in objects and lists', () => {
    expect(overlongTextPaths({ name: longest, notes: overlong })).toEqual([['notes']]);
    expect(
      overlongTextPaths({
        minutes: [{ activity: 'ok' }, { activity: overlong }],
        hours: { mon: [overlong] },
      }),
    ).toEqual(
      expect.arrayContaining([
        ['minutes', 1, 'activity'],
        ['hours', 'mon', 0],
      ]),
    );
    expect(overlongTextPaths(overlong)).toEqual([[]]);
    expect(overlongTextPaths({ count: 3, flag: true, none: null })).toEqual([]);
  });

  it('walks a body nested deeper than the call stack would allow', () => {
    let deep: unknown = overlong;
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(overlongTextPaths(deep)).toHaveLength(1);
  });

  it('throws the validation error the forms and the API already answer, one issue per field', () => {
    expect(() => assertTextsWithinCeiling({ name: 'Deichbrise' })).not.toThrow();
    try {
      assertTextsWithinCeiling({ name: 'Deichbrise', description: overlong });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(z.ZodError);
      expect((error as z.ZodError).issues).toMatchObject([{ path: ['description'], message: 'textTooLong' }]);
    }
  });
});
