// Calls /api/v1 route handlers directly, the way Next.js would: a Request and the route context.
import { createApiToken } from '@/lib/api-tokens/api-tokens';
import type { MemberContext } from '@/lib/access/member-context';

type Handler<Params> = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;

export async function tokenFor(member: MemberContext, name = 'Test integration') {
  return (await createApiToken(member, { name })).token;
}

export async function callApi<Params = Record<string, never>>(
  handler: Handler<Params>,
  options: {
    token?: string;
    path?: string;
    method?: string;
    body?: unknown;
    rawBody?: string | Uint8Array;
    params?: Params;
    headers?: Record<string, string>;
  } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const request = new Request(`http://localhost${options.path ?? '/api/v1/locations'}`, {
    method: options.method ?? 'GET',
    headers,
    body: body as BodyInit | undefined,
  });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as Params) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: response.headers.get('content-type')?.startsWith('application/json')
      ? (JSON.parse(text) as Record<string, any>) // eslint-disable-line @typescript-eslint/no-explicit-any
      : undefined,
  };
}
