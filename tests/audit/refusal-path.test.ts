import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { createTeam } from '@/tests/support/factories';
import { eventsOf } from './audit-test-support';

// The path of a refused page or form comes from the header proxy.ts sets on every request
// (lib/audit/request-path.ts); outside a request there is no header to read and the path is null.
const request = vi.hoisted(() => ({ headers: null as Headers | null }));
vi.mock('next/headers', () => ({
  headers: async () => {
    if (!request.headers) throw new Error('headers() was called outside a request scope');
    return request.headers;
  },
}));

const { recordAccessDenied } = await import('@/lib/audit/access-denied');
const { requestPathHeader } = await import('@/lib/audit/request-path');

describe('the path of a refused request', () => {
  it('is handed on by the proxy on every request, in place of any the client sent', async () => {
    const { proxy } = await import('@/proxy');
    const response = await proxy(
      new NextRequest('http://localhost:3000/o/acme/settings/audit', {
        headers: {
          host: 'localhost:3000',
          accept: 'text/html',
          cookie: 'next-auth.session-token=x',
          [requestPathHeader]: '/forged',
        },
      }),
    );
    expect(response.headers.get('x-middleware-next')).toBe('1');
    expect(response.headers.get(`x-middleware-request-${requestPathHeader}`)).toBe('/o/acme/settings/audit');
  });

  it('is the one the proxy passed on, or null outside a request', async () => {
    const team = await createTeam();
    const organisationId = team.organisation.id;

    request.headers = new Headers({ [requestPathHeader]: `/o/${team.organisation.slug}/settings/audit` });
    await recordAccessDenied(team.staff, { kind: 'page' }, 'OWNER');
    request.headers = null;
    await recordAccessDenied(team.staff, { kind: 'action' });

    const events = await eventsOf('access.denied', { organisationId });
    expect(events.map((event) => event.details)).toEqual([
      {
        request: 'page',
        path: `/o/${team.organisation.slug}/settings/audit`,
        role: 'STAFF',
        required: 'OWNER',
      },
      { request: 'action', path: null, role: 'STAFF' },
    ]);
  });
});
