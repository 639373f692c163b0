import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import { parseAllowList } from './allow-list';
import type { ResolvedAddress, Resolver } from './destination';

// Real servers on 127.0.0.1 for the outbound tests, and a DNS table in place of the system's
// (the machine has no internet, and a test must not depend on what its resolver answers).

export type SeenRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string };

export type LocalServer = {
  port: number;
  host: string;
  url(path: string): string;
  seen: SeenRequest[];
};

/** Starts a server on 127.0.0.1 that records every request, closed after the test file. */
export async function startLocalServer(
  handle: (request: SeenRequest, response: http.ServerResponse) => void,
): Promise<LocalServer> {
  const seen: SeenRequest[] = [];
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
    const entry = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
      body: Buffer.concat(chunks).toString(),
    };
    seen.push(entry);
    handle(entry, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const port = (server.address() as AddressInfo).port;
  const host = `127.0.0.1:${port}`;
  return { port, host, url: (path) => `http://${host}${path}`, seen };
}

/** The allow-list of these servers, as OUTBOUND_ALLOW would give it. */
export function allowOnly(...servers: Array<LocalServer | string>) {
  return parseAllowList(
    servers.map((server) => (typeof server === 'string' ? server : server.host)).join(','),
  );
}

/** A resolver that knows only the names of `table`; any other name is not found. */
export function resolverOf(table: Record<string, string[]>): Resolver {
  return async (hostname) => {
    const addresses = table[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}
