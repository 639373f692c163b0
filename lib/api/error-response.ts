import 'server-only';
import { z } from 'zod';
import { isDatabaseOutage } from '@/lib/db/availability';
import { httpStatusFor, isAppError, type AppError } from '@/lib/errors';
import { translateIssues } from '@/lib/forms/parse-form';
import { appErrorText, type Translator } from '@/lib/i18n/app-error-text';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { ApiProblem, errorResponse, problemResponse } from './api-problem';
import { databaseUnavailableApiResponse } from './database-unavailable';

// How every JSON route (the token API under /api/v1 and the session routes of the app) answers a
// failure: { "error": { "code", "message", "fields"? } }, the message in the request's language.

function appErrorResponse(error: AppError, locale: AppLocale) {
  const message = appErrorText(error, translatorFor(locale, '') as unknown as Translator);
  return errorResponse(httpStatusFor[error.code], {
    code: error.code,
    message,
    ...(error.field ? { fields: { [error.field]: [message] } } : {}),
  });
}

/** A JSON error of the given code and status, its message a full key of the catalogue with its values. */
export function messageResponse(
  status: number,
  code: string,
  messageKey: string,
  locale: AppLocale,
  values?: Record<string, string | number>,
) {
  return errorResponse(status, { code, message: translatorFor(locale, '')(messageKey, values) });
}

/**
 * Domain errors (AppError) map through httpStatusFor, refused requests (ApiProblem) to theirs,
 * zod failures become 422 with translated messages per field, a database outage 503 with
 * Retry-After, anything unexpected a 500 that is logged and says nothing about the cause.
 */
export async function errorToResponse(error: unknown, locale: AppLocale, request: Request) {
  if (error instanceof ApiProblem) return problemResponse(error, locale);
  if (isAppError(error)) return appErrorResponse(error, locale);
  if (error instanceof z.core.$ZodError) {
    const t = translatorFor(locale, '') as unknown as Translator;
    return errorResponse(422, {
      code: 'VALIDATION_FAILED',
      message: t('api.errors.validationFailed'),
      fields: translateIssues(error.issues, t),
    });
  }
  if (await isDatabaseOutage(error)) return databaseUnavailableApiResponse(locale);
  console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
  return problemResponse(new ApiProblem('INTERNAL_ERROR', 'internal'), locale);
}
