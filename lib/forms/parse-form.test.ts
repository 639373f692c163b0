import { describe, expect, it, vi } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { locationInputSchema } from '@/lib/locations/schemas';
import { maxInputTextCharacters } from '@/lib/validation/input-ceiling';

vi.mock('next-intl/server', () => ({ getTranslations: async () => translatorFor('de', '') }));
const { parseForm, translateIssues } = await import('./parse-form');

function formOf(values: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) formData.append(name, value);
  return formData;
}

describe('parseForm', () => {
  it('refuses text no field could accept before the schema reads it, naming the field', async () => {
    const spy = vi.spyOn(locationInputSchema, 'safeParseAsync');
    const result = await parseForm(
      locationInputSchema,
      formOf({ name: 'Deichbrise', street: `Hafenstraße ${' '.repeat(maxInputTextCharacters)}1` }),
    );
    expect(spy).not.toHaveBeenCalled();
    expect(result).toMatchObject({
      ok: false,
      state: { status: 'error', fieldErrors: { street: ['Der Text ist viel zu lang für dieses Feld.'] } },
    });
    spy.mockRestore();
  });

  it('hands text within the ceiling to the schema, whose own limit then speaks', async () => {
    const result = await parseForm(locationInputSchema, formOf({ name: 'x'.repeat(maxInputTextCharacters) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.fieldErrors?.name).toEqual([expect.not.stringContaining('viel zu lang')]);
  });

  it('reports fields named like object properties as the fields they are', () => {
    const issues = ['constructor', '__proto__', 'toString'].map((field) => ({
      code: 'custom' as const,
      path: [field],
      message: 'textTooLong',
      input: undefined,
    }));
    const fieldErrors = translateIssues(issues, translatorFor('en', '') as never);
    expect(Object.keys(fieldErrors)).toEqual(['constructor', '__proto__', 'toString']);
    expect(Object.getPrototypeOf(fieldErrors)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
