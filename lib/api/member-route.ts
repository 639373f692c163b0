import 'server-only';
import { recordAccessDenied } from '@/lib/audit/access-denied';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { AppError, isAppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { defaultLocale, isLocale, localeCookieName, type AppLocale } from '@/lib/i18n/locales';
import { hasRole, type SessionMemberContext } from '@/lib/access/member-context';
import { findMemberContext } from '@/lib/organisations/member-context';
import { errorToResponse } from './error-response';

// The app's own route handlers behind the session cookie (downloads, the map's data, the location
// form's lookups): apiRoute's counterpart, with the same JSON errors, outage answer and audit of
// refusals. A foreign organisation answers 404 exactly like a missing one.

type RouteContext<Params> = { params: Promise<Params> };

export type MemberRouteContext<Params> = {
  member: SessionMemberContext;
  params: Params;
  /** The signed-in person's language (the app's locale cookie). */
  locale: AppLocale;
};

type MemberRouteOptions = {
  /** The least role that may use the route; below it the answer is 403. */
  role?: Role;
  /** Answer 404 below the role, as for an organisation one is not in: for routes whose existence is itself private. */
  hideBelowRole?: boolean;
};

/** The person's language as the pages read it (lib/i18n/request.ts): the locale cookie, else German. */
function requestLocale(request: Request): AppLocale {
  const cookies = request.headers.get('cookie')?.split(';') ?? [];
  const value = cookies
    .map((cookie) => cookie.trim().split('='))
    .find(([name]) => name === localeCookieName)?.[1];
  return isLocale(value) ? value : defaultLocale;
}

function pathOf(request: Request) {
  return `${request.method} ${new URL(request.url).pathname}`;
}

/**
 * Wraps a route handler under /o/[slug]: resolves the signed-in member of the organisation in
 * the path (401 without a session, 404 for an organisation the person is not in), checks the
 * role, runs the handler and turns every failure into the one JSON error format.
 */
export function memberRoute<Params extends { slug: string }>(
  handler: (request: Request, context: MemberRouteContext<Params>) => Promise<Response>,
  options: MemberRouteOptions = {},
) {
  return async (request: Request, routeContext: RouteContext<Params>): Promise<Response> => {
    const locale = requestLocale(request);
    let member: SessionMemberContext | null = null;
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError('UNAUTHENTICATED');
      const params = await routeContext.params;
      member = await findMemberContext(user, params.slug);
      if (!member) throw new AppError('NOT_FOUND');
      if (options.role && !hasRole(member, options.role)) {
        await recordAccessDenied(member, { kind: 'api', path: pathOf(request) }, options.role);
        return errorToResponse(
          new AppError(options.hideBelowRole ? 'NOT_FOUND' : 'FORBIDDEN'),
          locale,
          request,
        );
      }
      return await handler(request, { member, params, locale });
    } catch (error) {
      if (member && isAppError(error, 'FORBIDDEN')) {
        await recordAccessDenied(member, { kind: 'api', path: pathOf(request) });
      }
      return errorToResponse(error, locale, request);
    }
  };
}

/** memberRoute's counterpart for the signed-in person's own account, outside any organisation. */
export function userRoute(
  handler: (request: Request, context: { user: CurrentUser; locale: AppLocale }) => Promise<Response>,
) {
  return async (request: Request): Promise<Response> => {
    const locale = requestLocale(request);
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError('UNAUTHENTICATED');
      return await handler(request, { user, locale });
    } catch (error) {
      return errorToResponse(error, locale, request);
    }
  };
}
