// One request as the benchmark sends it: signed in (the owner's session cookie) or with an API
// token, the whole body read, the time from sending to the last byte.
export type Credentials = { cookie: string } | { bearer: string };

export type Timed = { status: number; ms: number; bytes: number };

export async function timedRequest(baseUrl: string, path: string, credentials: Credentials): Promise<Timed> {
  const headers: Record<string, string> =
    'cookie' in credentials
      ? { cookie: credentials.cookie }
      : { authorization: `Bearer ${credentials.bearer}` };
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' });
  const body = await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, bytes: body.byteLength };
}

/** Requests that must succeed: anything but 2xx stops the measurement with the status. */
export async function expectOk(baseUrl: string, path: string, credentials: Credentials): Promise<Timed> {
  const result = await timedRequest(baseUrl, path, credentials);
  if (result.status < 200 || result.status >= 300)
    throw new Error(`GET ${path} answered HTTP ${result.status}.`);
  return result;
}
