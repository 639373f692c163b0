import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { AppError } from '@/lib/errors';
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
export type Translator = { (key: string): string; has(key: string): boolean };

export function translateIssues(issues: z.core.$ZodIssue[], t: Translator): Record<string, string[]> {
  // A Map, so that a field named "constructor" or "__proto__" (sent by anyone) is a field like any other.
  const fieldErrors = new Map<string, string[]>();
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    const key = issue.message.includes('.') ? issue.message : `validation.${issue.message}`;
    const translated = t.has(key) ? t(key) : t('validation.invalid');
    const list = fieldErrors.get(field) ?? [];
    if (!list.includes(translated)) list.push(translated);
    fieldErrors.set(field, list);
  }
  return Object.fromEntries(fieldErrors);
}

type Parsed<T> = { ok: true; data: T } | { ok: false; state: FormState };

/** Validates a form with its zod schema; on failure returns translated messages per field. */
export async function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): Promise<Parsed<z.output<S>>> {
  const input = Object.fromEntries(formData);
  // Text no field could accept is refused before the schema (and its patterns) reads it.
  const overlong = overlongTextIssues(input);
  const result = overlong.length === 0 ? await schema.safeParseAsync(input) : null;
  if (result?.success) return { ok: true, data: result.data };
  const t = (await getTranslations()) as unknown as Translator;
  return {
    ok: false,
    state: {
      status: 'error',
      message: t('validation.checkFields'),
      fieldErrors: translateIssues(result?.error.issues ?? overlong, t),
      values: echoFormValues(formData),
    },
  };
}

/** A failed form with one message (a key under "errors", or a dotted full key), optionally on a field. */
export async function formError(messageKey: string, formData?: FormData, field?: string): Promise<FormState> {
  const t = await getTranslations();
  const message = t(messageKey.includes('.') ? messageKey : `errors.${messageKey}`);
  return {
    status: 'error',
    message,
    fieldErrors: field ? { [field]: [message] } : undefined,
    values: formData ? echoFormValues(formData) : undefined,
  };
}

/** A domain error as the form's answer: a specific message (e.g. "alreadyMember") travels in the error's message, else its code. */
export function appErrorState(error: AppError, formData: FormData): Promise<FormState> {
  return formError(error.message !== error.code ? error.message : error.code, formData, error.field);
}
