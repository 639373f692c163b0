import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { websiteFixture } from '@/lib/verification/website/test-support';

// A business's website on 127.0.0.1 for the website source's tests: named fixture pages of the
// website reader (lib/verification/website/fixtures) and scripted behaviours: any status with any
// headers (Retry-After), redirect chains and a redirect to itself, a body dripped one byte at a
// time that never ends, other content types, and a robots.txt. A path nothing is served at
// answers 404 with an HTML page, as a site does.

export type WebsiteBehaviour =
  | {
      kind: 'page';
      body: string;
      status?: number;
      /** text/html; charset=utf-8 unless given. */
      contentType?: string;
      headers?: Record<string, string>;
    }
  | { kind: 'redirect'; to: string; status?: 301 | 302 | 303 | 307 | 308 }
  /** The headers at once, then one byte of HTML every `intervalMs`, until the client hangs up. */
  | { kind: 'drip'; intervalMs: number };

export type WebsiteRequest = { method: string; path: string; userAgent: string | undefined };

export type WebsiteTestServer = {
  port: number;
  /** host:port, as an outbound allow-list names it. */
  host: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  /** Every request received, in order (robots.txt included). */
  requests: WebsiteRequest[];
  serve(path: string, behaviour: WebsiteBehaviour): void;
  /**
   * Serves a fixture page of the website reader at `path`. `siteOrigin`, the address of the
   * fixture's site ("https://www.baeckerei-meyer.de"), is replaced by the page's own address
   * without its last slash, so the site's start page on the fixture is the page served here, and
   * the business's url there is the website a location names when it names this page.
   */
  serveFixture(path: string, name: string, siteOrigin?: string): void;
  close(): Promise<void>;
};

const notFoundPage = '<!doctype html><title>Nicht gefunden</title><h1>Seite nicht gefunden</h1>';

/** `port`: a fixed port (the browser tests' app is told it in advance); any free one by default. */
export async function startWebsiteServer(
  options: { robots?: string; port?: number } = {},
): Promise<WebsiteTestServer> {
  const behaviours = new Map<string, WebsiteBehaviour>();
  if (options.robots !== undefined) {
    behaviours.set('/robots.txt', { kind: 'page', body: options.robots, contentType: 'text/plain' });
  }
  const requests: WebsiteRequest[] = [];
  const drips = new Set<NodeJS.Timeout>();
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', path, userAgent: request.headers['user-agent'] });
    const behaviour = behaviours.get(path) ?? {
      kind: 'page',
      status: 404,
      body: path === '/robots.txt' ? 'not found' : notFoundPage,
    };
    respond(behaviour, response, drips);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    host: `127.0.0.1:${port}`,
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    serve: (path, behaviour) => void behaviours.set(path, behaviour),
    serveFixture(path, name, siteOrigin) {
      const page = websiteFixture(name);
      const body = siteOrigin ? page.replaceAll(siteOrigin, `${origin}${path.replace(/\/$/, '')}`) : page;
      behaviours.set(path, { kind: 'page', body });
    },
    async close() {
      for (const drip of drips) clearInterval(drip);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function respond(behaviour: WebsiteBehaviour, response: http.ServerResponse, drips: Set<NodeJS.Timeout>) {
  if (behaviour.kind === 'redirect') {
    response.writeHead(behaviour.status ?? 302, { location: behaviour.to }).end();
    return;
  }
  if (behaviour.kind === 'page') {
    response
      .writeHead(behaviour.status ?? 200, {
        'content-type': behaviour.contentType ?? 'text/html; charset=utf-8',
        ...behaviour.headers,
      })
      .end(behaviour.body);
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.write('<!doctype html><title>Langsam</title>');
  const drip = setInterval(() => response.write('.'), behaviour.intervalMs);
  drips.add(drip);
  response.on('close', () => {
    clearInterval(drip);
    drips.delete(drip);
  });
}
