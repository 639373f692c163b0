// The production server under measurement: `next start` of the current build on a free port,
// with NODE_ENV=production, no background jobs (JOBS=off) and a fresh NEXTAUTH_SECRET unless told
// otherwise (the soak runs two instances with one secret and jobs on), and a signed-in session
// of the owner (next-auth's credentials sign-in, as the sign-in form posts it).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { findFreePort } from '../lib/db/local-postgres';

export type BenchServer = {
  baseUrl: string;
  stop(): Promise<void>;
  /** The server's last 200 chunks of output (stdout and stderr), e.g. to explain a 500. */
  recentOutput(): string;
};

export type ServerOptions = {
  /** Instances that must accept each other's session cookies share one; a fresh one otherwise. */
  nextAuthSecret?: string;
  /** Overrides of the environment below, e.g. { JOBS: 'on', SMTP_URL }. */
  env?: Record<string, string>;
};

export async function startProductionServer(
  databaseUrl: string,
  options: ServerOptions = {},
): Promise<BenchServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const output: string[] = [];
  const server: ChildProcess = spawn(
    process.execPath,
    [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: baseUrl,
        NEXTAUTH_SECRET: options.nextAuthSecret ?? randomBytes(32).toString('base64url'),
        JOBS: 'off',
        TRUST_PROXY: '0',
        NEXT_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
    },
  );
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.join('')}`);
  }
  return { baseUrl, stop, recentOutput: () => output.join('') };
}

async function waitForHealth(baseUrl: string, server: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('next start exited before it answered.');
    const response = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('next start did not answer /api/health within 60 s.');
}

/** Cookies of a response as `name=value` pairs, ready for a Cookie header. */
export function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

/**
 * Posts e-mail and password to next-auth's credentials callback as the sign-in form does. Returns
 * the answer (a redirect: to the callback URL, or to /sign-in?error=<code> when refused) and the
 * session cookie when one was set.
 */
export async function postCredentials(baseUrl: string, credentials: { email: string; password: string }) {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    // The Origin a browser sends with the form: the app refuses cross-site state changes.
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: baseUrl,
      cookie: csrfCookies.join('; '),
    },
    body: new URLSearchParams({ csrfToken, ...credentials, callbackUrl: `${baseUrl}/account` }),
  });
  await response.arrayBuffer();
  const session = cookiesOf(response).find((cookie) => cookie.startsWith('next-auth.session-token='));
  return { status: response.status, location: response.headers.get('location'), session };
}

/** Signs in with e-mail and password; returns the Cookie header of the session. */
export async function signIn(baseUrl: string, credentials: { email: string; password: string }) {
  const { status, session } = await postCredentials(baseUrl, credentials);
  if (!session) throw new Error(`Sign-in as ${credentials.email} failed (HTTP ${status}).`);
  return session;
}
