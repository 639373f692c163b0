import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { FormState } from './form-state';

/** Text fields of a form, for echoing back; passwords and tokens never leave the server again. */
export function echoFormValues(formData: FormData) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !/password|token/i.test(key) && !key.startsWith('$'))
      values[key] = value;
  }
  return values;
}

type Parsed<T> = { ok: true; data: T } | { ok: false; state: FormState };

/** Validates a form with its zod schema; on failure returns translated messages per field. */
export async function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): Promise<Parsed<z.output<S>>> {
  const result = await schema.safeParseAsync(Object.fromEntries(formData));
  if (result.success) return { ok: true, data: result.data };
  const t = await getTranslations('validation');
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    (fieldErrors[field] ??= []).push(t.has(issue.message) ? t(issue.message) : t('invalid'));
  }
  return {
    ok: false,
    state: { status: 'error', message: t('checkFields'), fieldErrors, values: echoFormValues(formData) },
  };
}

export async function formError(messageKey: string, formData?: FormData, field?: string): Promise<FormState> {
  const t = await getTranslations('errors');
  const message = t(messageKey);
  return {
    status: 'error',
    message,
    fieldErrors: field ? { [field]: [message] } : undefined,
    values: formData ? echoFormValues(formData) : undefined,
  };
}
