// Cross-site request forgery defence for every state change (server actions and route handlers
// alike), applied by proxy.ts before Next.js sees the request. Reads never change state (GET, HEAD
// and OPTIONS pass); anything else must come from the app's own pages. Browsers always send Origin
// with such requests, so a missing Origin is accepted only from a script: one without the session
// cookie, or one that a valid API token authenticates (the header alone proves nothing: anyone can
// add "Authorization: Bearer x" to a request that carries a stolen or ridden session). Next.js' own
// server-action origin check stays behind this as a second line.

const sessionCookieNames = ['next-auth.session-token', '__Secure-next-auth.session-token'];
const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The next-auth session cookie, also when next-auth splits a large one into `.0`, `.1`, …. */
export function isSessionCookieName(name: string) {
  return sessionCookieNames.includes(name.replace(/\.\d+$/, ''));
}

export type OriginCheckInput = {
  method: string;
  /** The Origin header, null when absent. */
  origin: string | null;
  hasSessionCookie: boolean;
  /** Whether a valid API token authenticates the request; asked only when that decides. */
  authenticatesWithApiToken: () => Promise<boolean>;
};

/**
 * Whether a request may change state: reads always; otherwise with an Origin among
 * `allowedOrigins`, or without Origin when it carries no session cookie or a valid API token.
 */
export async function isRequestOriginAllowed(request: OriginCheckInput, allowedOrigins: readonly string[]) {
  if (readMethods.has(request.method.toUpperCase())) return true;
  if (request.origin !== null) return allowedOrigins.includes(request.origin);
  return !request.hasSessionCookie || (await request.authenticatesWithApiToken());
}

/**
 * The origins the app's pages are served from: NEXTAUTH_URL's when it is set (in development also
 * the one the browser used: localhost and 127.0.0.1 and a LAN address all reach `next dev`);
 * without it the request's own origin, as Next.js judges server actions.
 */
export function allowedRequestOrigins(options: {
  appUrl: string | undefined;
  development: boolean;
  requestOrigin: string | null;
}) {
  const own = options.requestOrigin ? [options.requestOrigin] : [];
  if (!options.appUrl) return own;
  return [new URL(options.appUrl).origin, ...(options.development ? own : [])];
}
