import 'server-only';
import { z } from 'zod';
import { authenticateApiToken, type ApiMemberContext } from '@/lib/api-tokens/authenticate';
import { bearerTokenOf } from '@/lib/api-tokens/token-secret';
import { recordAccessDenied } from '@/lib/audit/access-denied';
import { databaseUnavailableApiResponse, isDatabaseOutage } from '@/lib/db/availability';
import { httpStatusFor, isAppError, type AppError } from '@/lib/errors';
import { translateIssues } from '@/lib/forms/parse-form';
import { appErrorText, type Translator } from '@/lib/i18n/app-error-text';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { ApiProblem, errorResponse, problemResponse } from './api-problem';
import { localeOfRequest } from './request-locale';

export type ApiContext<Params> = {
  /** The token's organisation, acting with a manager's rights. */
  member: ApiMemberContext;
  params: Params;
  /** The language of error messages (Accept-Language: de or en). */
  locale: AppLocale;
};

type RouteContext<Params> = { params: Promise<Params> };

const challenge = 'Bearer realm="ortsbild"';

/**
 * Wraps a route handler of /api/v1: authenticates the bearer token, runs the handler and turns
 * every failure into the one JSON error format. Domain errors (AppError) map through
 * httpStatusFor, zod failures become 422 with translated messages per field, anything
 * unexpected a 500 that is logged and says nothing about the cause.
 */
export function apiRoute<Params = Record<string, never>>(
  handler: (request: Request, context: ApiContext<Params>) => Promise<Response>,
) {
  return async (request: Request, routeContext?: RouteContext<Params>): Promise<Response> => {
    const locale = localeOfRequest(request);
    let member: ApiMemberContext | null = null;
    try {
      const bearer = bearerTokenOf(request.headers.get('authorization'));
      if (!bearer) return unauthenticated(locale, 'missingToken', challenge);
      member = await authenticateApiToken(bearer);
      if (!member) return unauthenticated(locale, 'invalidToken', `${challenge}, error="invalid_token"`);
      const params = (await routeContext?.params) ?? ({} as Params);
      return await handler(request, { member, params, locale });
    } catch (error) {
      if (member && isAppError(error, 'FORBIDDEN')) {
        const path = `${request.method} ${new URL(request.url).pathname}`;
        await recordAccessDenied(member, { kind: 'api', path });
      }
      return errorToResponse(error, locale, request);
    }
  };
}

function unauthenticated(locale: AppLocale, messageKey: string, wwwAuthenticate: string) {
  return errorResponse(
    401,
    { code: 'UNAUTHENTICATED', message: translatorFor(locale, 'api.errors')(messageKey) },
    { 'www-authenticate': wwwAuthenticate },
  );
}

async function errorToResponse(error: unknown, locale: AppLocale, request: Request) {
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

function appErrorResponse(error: AppError, locale: AppLocale) {
  const message = appErrorText(error, translatorFor(locale, '') as unknown as Translator);
  return errorResponse(httpStatusFor[error.code], {
    code: error.code,
    message,
    ...(error.field ? { fields: { [error.field]: [message] } } : {}),
  });
}
