// Sign-in and sign-out as a browser does them against next-auth's endpoints, for the soak's
// clients and its two-instance checks (the bench's helpers do the sign-in itself).
import { cookiesOf, postCredentials, signIn } from '../bench/server';

export { postCredentials, signIn };

/** Signs every client in, a few at a time (each sign-in verifies an Argon2 hash). */
export async function signInAll(baseUrl: string, emails: string[], password: string) {
  const cookies: string[] = new Array(emails.length);
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const index = next++;
      cookies[index] = await signIn(baseUrl, { email: emails[index]!, password });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return cookies;
}

/** Signs out as the account menu's button does: a POST with the CSRF token; returns the status. */
export async function signOut(baseUrl: string, sessionCookie: string) {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: sessionCookie } });
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: baseUrl,
      cookie: [sessionCookie, ...cookiesOf(csrfResponse)].join('; '),
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${baseUrl}/sign-in` }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** GET /account with a session cookie: 200 when signed in, a redirect to /sign-in when not. */
export async function accountPage(baseUrl: string, sessionCookie: string) {
  const response = await fetch(`${baseUrl}/account`, {
    redirect: 'manual',
    headers: { cookie: sessionCookie },
  });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get('location') };
}

/**
 * Where a refused sign-in ends: next-auth redirects to its error route, which sends the browser on
 * to /sign-in?error=<code>; the redirects are followed up to the sign-in page. Returns its
 * path and query, e.g. "/sign-in?error=tooManyAttempts".
 */
export async function signInPageAfter(baseUrl: string, location: string | null): Promise<string | null> {
  let url = location ? new URL(location, baseUrl) : null;
  for (let hop = 0; url && hop < 3; hop++) {
    if (url.pathname === '/sign-in') return `${url.pathname}${url.search}`;
    const response = await fetch(url, { redirect: 'manual' });
    await response.arrayBuffer();
    const next = response.headers.get('location');
    url = next ? new URL(next, url) : null;
  }
  return url ? `${url.pathname}${url.search}` : null;
}
