import { NextResponse, type NextRequest } from 'next/server';
import { databaseUnavailableResponse } from '@/lib/api/database-unavailable';
import { isActiveApiToken } from '@/lib/api-tokens/active-token';
import { bearerTokenOf } from '@/lib/api-tokens/token-secret';
import { requestPathHeader } from '@/lib/audit/request-path';
import { env } from '@/lib/env';
import { crossOriginRefusal, misdirectedPage } from '@/lib/security/address-responses';
import { isUnderOtherHost, requestOrigin } from '@/lib/security/app-address';
import { dropUntrustedForwardingHeaders } from '@/lib/security/client-address';
import { contentSecurityPolicy, createNonce, mapTileSource } from '@/lib/security/content-security-policy';
import { rememberOpenedOrigin } from '@/lib/security/opened-origin';
import { requestBodyRefusalStatus } from '@/lib/security/request-body-ceiling';
import {
  allowedRequestOrigins,
  isRequestOriginAllowed,
  isSessionCookieName,
} from '@/lib/security/request-origin';
import { isServedOverHttps, strictTransportSecurity } from '@/lib/security/transport-security';

// Runs before every request except static files (see the matcher), in this order:
// 0. answers 503 while the database is known to be unreachable (lib/api/database-unavailable.ts);
// 1. refuses what must not reach a route: a body too large to pass whole (411/413), a state
//    change from another site (403);
// 2. sends a visitor without a session cookie on the signed-in areas to the sign-in page (whether
//    a session is valid is decided in the data layer, lib/auth/current-user.ts);
// 3. hands the request on without forwarding headers it cannot trust, with a fresh CSP nonce and
//    its path for the audit log (lib/audit/request-path.ts).
// Every answer gets the CSP (the public locator, /l/, sets its own) and, over HTTPS, HSTS; next.config.js `headers()` adds the fixed
// security headers to every response, static files included.

const signedInAreas = /^\/(o|organisations)(\/|$)|^\/account$/;
const publicLocatorPath = /^\/l\//;

export async function proxy(request: NextRequest) {
  // While PostgreSQL is known to be down: a clear 503 with Retry-After (its own CSP), no work.
  const unavailable = await databaseUnavailableResponse(request);
  if (unavailable) return unavailable;

  const config = env();
  const development = process.env.NODE_ENV === 'development';
  const https = isServedOverHttps({
    appUrl: config.NEXTAUTH_URL,
    trustProxy: config.TRUST_PROXY,
    forwardedProto: request.headers.get('x-forwarded-proto'),
  });
  const csp = contentSecurityPolicy({
    nonce: createNonce(),
    development,
    https,
    tileSource: mapTileSource(config.MAP_TILE_URL),
  });
  // The public locator's answers carry a policy of their own (which origins may frame them is the
  // organisation's choice: lib/publishing/locator/locator-headers.ts).
  const ownPolicy = publicLocatorPath.test(request.nextUrl.pathname);
  const secure = (response: NextResponse) => {
    if (!ownPolicy) response.headers.set('Content-Security-Policy', csp);
    if (https) response.headers.set('Strict-Transport-Security', strictTransportSecurity);
    return response;
  };

  const bodyRefusal = requestBodyRefusalStatus(request.method, request.headers);
  if (bodyRefusal === 411) return secure(refuse(411, 'length_required'));
  if (bodyRefusal === 413) return secure(refuse(413, 'payload_too_large'));

  // A page opened under another host than NEXTAUTH_URL's is sent there (once: see below).
  const ownOrigin = requestOrigin(request.headers, config.TRUST_PROXY);
  const pageRequest = isPageRequest(request);
  if (pageRequest && isUnderOtherHost(config.NEXTAUTH_URL, ownOrigin)) {
    const target = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, config.NEXTAUTH_URL);
    // Back under the same wrong host after that redirect: a reverse proxy hides the address.
    if (request.cookies.has(redirectedCookie))
      return misdirectedPage(config.NEXTAUTH_URL!, ownOrigin!, target.href);
    return secure(redirectToConfiguredAddress(target));
  }
  if (pageRequest && ownOrigin) rememberOpenedOrigin(ownOrigin);

  const hasSessionCookie = request.cookies.getAll().some((cookie) => isSessionCookieName(cookie.name));
  const bearer = bearerTokenOf(request.headers.get('authorization'));
  const originAllowed = await isRequestOriginAllowed(
    {
      method: request.method,
      origin: request.headers.get('origin'),
      hasSessionCookie,
      authenticatesWithApiToken: async () => bearer !== null && (await isActiveApiToken(bearer)),
    },
    allowedRequestOrigins({ appUrl: config.NEXTAUTH_URL, development, requestOrigin: ownOrigin }),
  );
  if (!originAllowed) return crossOriginRefusal(request, { appUrl: config.NEXTAUTH_URL, ownOrigin });

  if (!hasSessionCookie && signedInAreas.test(request.nextUrl.pathname)) {
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return secure(NextResponse.redirect(signIn));
  }

  // Next.js puts the nonce of the request's CSP header on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  // The path, for the audit log's record of a refusal (pages and forms know no public API for it).
  requestHeaders.set(requestPathHeader, request.nextUrl.pathname);
  dropUntrustedForwardingHeaders(requestHeaders);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }));
}

/** A navigation to a page (not an API call, an asset or a server action). */
function isPageRequest(request: NextRequest) {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.nextUrl.pathname.startsWith('/api/') &&
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}

// Set on the redirect to NEXTAUTH_URL's host; coming back with it under the same wrong host means
// the browser was there already: the page explains instead of redirecting in a loop.
const redirectedCookie = 'ortsbild-address-redirect';

function redirectToConfiguredAddress(target: URL) {
  const response = NextResponse.redirect(target, 307);
  response.cookies.set(redirectedCookie, '1', { maxAge: 30, path: '/', httpOnly: true, sameSite: 'lax' });
  return response;
}

function refuse(status: number, error: string) {
  return NextResponse.json({ error }, { status, headers: { 'cache-control': 'no-store' } });
}

export const config = {
  // Everything but the build's static files and the icon: every HTML page gets its nonce, every
  // state change its origin check.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
