// Registry: the public route handlers. Each says why it is public and is probed for what fits:
// a secret URL refuses wrong and replaced secrets with 404, the others answer without showing
// anything of an organisation.
import { createHash, randomBytes } from 'node:crypto';
import { NextRequest } from 'next/server';
import { createTestUser } from '@/tests/support/factories';
import { browserRequest, type EntryPointCase, type RouteHandler } from '../entry-point-case';
import { calendarFeedToken } from '../fixtures';
import { captureResponse, outcomeText, type Outcome } from '../outcomes';
import { appOrigin, requestScope } from '../request-scope';
import { publicLocatorCases } from './public-locator';

const answers = (status: number, description: string) => ({
  description,
  test: (outcome: Outcome) => outcome.kind === 'response' && outcome.status === status,
});

type NextAuthTarget = { path: string[]; form?: Record<string, string> };
const knownPassword = 'Deichbrise-Hafen-2026!';

/**
 * A call of next-auth's handler as its own pages make it: a NextRequest, and for a POST the CSRF
 * token in the cookie and in the form (next-auth's double-submit check, signed with the secret).
 */
function nextAuthCall(handler: unknown, method: 'GET' | 'POST', { path, form }: NextAuthTarget) {
  const init: { method: string; headers: Record<string, string>; body?: string } = {
    method,
    headers: { origin: appOrigin },
  };
  if (method === 'POST') {
    const csrfToken = randomBytes(32).toString('hex');
    const hash = createHash('sha256').update(`${csrfToken}${process.env.NEXTAUTH_SECRET}`).digest('hex');
    requestScope.cookies.set('next-auth.csrf-token', `${csrfToken}|${hash}`);
    init.body = new URLSearchParams({ ...form, csrfToken, callbackUrl: `${appOrigin}/` }).toString();
    init.headers = { ...init.headers, 'content-type': 'application/x-www-form-urlencoded' };
  }
  const request = new NextRequest(`${appOrigin}/api/auth/${path.join('/')}`, init);
  return captureResponse(() =>
    (handler as (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>)(request, {
      params: Promise.resolve({ nextauth: path }),
    }),
  );
}

const call = (path: string) => (handler: unknown, params: unknown) =>
  captureResponse(() =>
    (handler as RouteHandler)(browserRequest({ path }), { params: Promise.resolve(params) }),
  );

export const publicRouteCases: EntryPointCase[] = [
  {
    key: 'GET app/api/health/route.ts',
    access: {
      kind: 'custom',
      reason: 'public: load balancers ask whether the app reaches its database; it says nothing else',
      probes: () => [
        { name: 'nobody', sessionId: null, refusals: [], accepts: answers(200, '200 {"status":"ok"}') },
      ],
    },
    prepare: async () => ({}),
    call: (handler) => call('/api/health')(handler, {}),
    positives: () => [{ name: 'nobody', sessionId: null }],
    success: { kind: 'status', status: 200 },
    writes: false,
  },
  {
    key: 'GET app/api/v1/openapi.json/route.ts',
    access: {
      kind: 'custom',
      reason: 'public: integrators read the API description before they have a token; it holds no data',
      probes: () => [
        { name: 'nobody', sessionId: null, refusals: [], accepts: answers(200, 'the document') },
      ],
    },
    prepare: async () => ({}),
    call: (handler) => call('/api/v1/openapi.json')(handler, {}),
    positives: () => [{ name: 'nobody', sessionId: null }],
    success: { kind: 'status', status: 200 },
    writes: false,
  },
  {
    key: 'GET app/calendar/[token]/route.ts',
    access: {
      kind: 'custom',
      reason: 'public: calendar apps poll it without a session; the secret in the URL is the access',
      probes: (_world, target) => {
        const { replacedToken } = target as { replacedToken: string };
        return [
          {
            name: 'nobody with a made-up secret',
            sessionId: null,
            target: { token: `${'A'.repeat(43)}.ics` },
            refusals: ['NOT_FOUND'],
          },
          {
            name: 'nobody with a replaced secret of the victim',
            sessionId: null,
            target: { token: `${replacedToken}.ics` },
            refusals: ['NOT_FOUND'],
          },
        ];
      },
    },
    // The staff member's feed: it names the location assigned to them.
    prepare: async (world) => {
      const replacedToken = await calendarFeedToken(world.victim.staff.member);
      return { replacedToken, token: await calendarFeedToken(world.victim.staff.member) };
    },
    call: (handler, { target }) => {
      const { token } = target as { token: string };
      return call(`/calendar/${token}`)(handler, { token });
    },
    positives: () => [{ name: 'nobody with the current secret', sessionId: null }],
    success: { kind: 'status', status: 200 },
    writes: false,
    reveals: true,
  },
  {
    key: 'GET app/api/auth/[...nextauth]/route.ts',
    access: {
      kind: 'custom',
      reason: "public: next-auth's own endpoints (providers, CSRF token, session); they read no tenant data",
      probes: () => [
        {
          name: 'nobody asking for the session',
          sessionId: null,
          target: { path: ['session'] },
          refusals: [],
          accepts: {
            description: 'an empty session',
            test: (outcome) => outcome.kind === 'response' && outcome.status === 200 && outcome.body === '{}',
          },
        },
      ],
    },
    prepare: async () => ({ path: ['providers'] }),
    call: (handler, { target }) => nextAuthCall(handler, 'GET', target as NextAuthTarget),
    positives: () => [{ name: 'nobody asking for the providers', sessionId: null }],
    success: {
      kind: 'status',
      status: 200,
      check: (outcome) => outcomeText(outcome).includes('"credentials"'),
    },
    writes: false,
  },
  {
    key: 'POST app/api/auth/[...nextauth]/route.ts',
    access: {
      kind: 'custom',
      reason: "public: next-auth's sign-in and sign-out; a wrong password must open no session",
      probes: (world) => [
        {
          name: 'nobody signing in as the victim owner with a wrong password',
          sessionId: null,
          target: {
            path: ['callback', 'credentials'],
            form: { email: world.victim.owner.user.email, password: 'not-the-password' },
          },
          refusals: [],
          accepts: {
            description: 'back to the sign-in page without a session cookie',
            test: (outcome) =>
              outcome.kind === 'response' &&
              outcome.status === 302 &&
              (outcome.location ?? '').includes('error=invalidCredentials') &&
              !outcome.setCookies.some((cookie) => cookie.includes('session-token=')),
          },
          mayChange: {
            tables: ['sign_in_rate_limits', 'audit_events'],
            reason: 'a failed sign-in is counted (throttling) and logged (audit)',
          },
        },
      ],
    },
    prepare: async () => {
      const user = await createTestUser({ label: 'password-user', password: knownPassword });
      return { path: ['callback', 'credentials'], form: { email: user.email, password: knownPassword } };
    },
    call: (handler, { target }) => nextAuthCall(handler, 'POST', target as NextAuthTarget),
    positives: () => [{ name: 'the user with the right password', sessionId: null }],
    success: {
      kind: 'status',
      status: 302,
      check: (outcome) =>
        outcome.kind === 'response' &&
        outcome.setCookies.some((cookie) => cookie.startsWith('next-auth.session-token=')),
    },
    writes: true,
  },
  ...publicLocatorCases,
];
