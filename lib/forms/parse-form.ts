import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { AppError } from '@/lib/errors';
import { appErrorText, type Translator } from '@/lib/i18n/app-error-text';
import { overlongTextIssues } from '@/lib/validation/input-ceiling';
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

/**
 * Zod issues as translated messages per field. An issue's message is a message key: a bare key
 * lives under "validation", a dotted one is a full path (e.g. "locations.errors.postcodeInvalid").
 * Nested paths (openingHours.mon.0) are reported on their first segment, the form field.
 */
export function translateIssues(issues: z.core.$ZodIssue[], t: Translator): Record<string, string[]> {
  // A Map, so that a field named "constructor" or "__proto__" (sent by anyone) is a field like any other.
  const fieldErrors = new Map<string, string[]>();
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    const key = issue.message.includes('.') ? issue.message : `validation.${issue.message}`;
    // A rule of a schema may name values for its message (the line of a list, a maximum).
    const values = issue.code === 'custom' ? issue.params : undefined;
    const translated = t.has(key) ? t(key, values) : t('validation.invalid');
    const list = fieldErrors.get(field) ?? [];
    if (!list.includes(translated)) list.push(translated);
    fieldErrors.set(field, list);
  }
  return Object.fromEntries(fieldErrors);
}

type Parsed<T> = { ok: true; data: T } | { ok: false; state: FormState };

/**
 * Validates a form with its zod schema; on failure returns translated messages per field. `read`
 * turns the form into the schema's input: by default one value per name; a form with repeated
 * fields reads them as lists.
 */
export async function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  read: (formData: FormData) => unknown = (form) => Object.fromEntries(form),
): Promise<Parsed<z.output<S>>> {
  const input = read(formData);
  // Text no field could accept is refused before the schema (and its patterns) reads it.
  const overlong = overlongTextIssues(input);
  const result = overlong.length === 0 ? await schema.safeParseAsync(input) : null;
  if (result?.success) return { ok: true, data: result.data };
  return { ok: false, state: await invalidForm(result?.error.issues ?? overlong, formData) };
}

/**
 * Refused input as the form's answer: the schema's issues, or a rule the data layer checks
 * against stored data and reports like the schema (a ZodError naming the field).
 */
export async function invalidForm(issues: z.core.$ZodIssue[], formData: FormData): Promise<FormState> {
  const t = (await getTranslations()) as unknown as Translator;
  return {
    status: 'error',
    message: t('validation.checkFields'),
    fieldErrors: translateIssues(issues, t),
    values: echoFormValues(formData),
  };
}

/** A domain error as the form's answer: its message for the whole form, and on its field when it names one. */
export async function formError(error: AppError, formData?: FormData): Promise<FormState> {
  const message = appErrorText(error, (await getTranslations()) as unknown as Translator);
  return {
    status: 'error',
    message,
    fieldErrors: error.field ? { [error.field]: [message] } : undefined,
    values: formData ? echoFormValues(formData) : undefined,
  };
}
