import 'server-only';
import { authenticateApiToken, type ApiMemberContext } from '@/lib/api-tokens/authenticate';
import { bearerTokenOf } from '@/lib/api-tokens/token-secret';
import { recordAccessDenied } from '@/lib/audit/access-denied';
import { isAppError } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { errorResponse } from './api-problem';
import { errorToResponse } from './error-response';
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
 * every failure into the one JSON error format (lib/api/error-response.ts); a refusal by role is
 * recorded in the audit log. memberRoute (./member-route.ts) is its counterpart for the app's
 * routes that use the session cookie.
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
