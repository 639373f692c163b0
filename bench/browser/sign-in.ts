// Signs in through next-auth's credentials endpoint, the way the sign-in form does, and returns
// the Cookie header of the session. For running the browser measurements without the bench runner.

/** The `name=value` part of each Set-Cookie header. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(';')[0]!);
}

export async function signIn(baseUrl: string, credentials: { email: string; password: string }) {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookiePairs(csrfResponse).join('; '),
    },
    body: new URLSearchParams({ csrfToken, ...credentials, callbackUrl: baseUrl, json: 'true' }),
  });
  const session = cookiePairs(response).find((pair) => /^(__Secure-)?next-auth\.session-token=/.test(pair));
  if (!session) throw new Error(`Signing in as ${credentials.email} failed (HTTP ${response.status})`);
  return session;
}
