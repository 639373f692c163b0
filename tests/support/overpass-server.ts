import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { overpassFixtureAnswers } from '@/lib/verification/osm/fixtures';

// An Overpass-compatible server on 127.0.0.1 for integration tests and the benchmark. Like the
// real interpreter it takes Overpass QL as `data` at /api/interpreter, by POST (form-encoded, as
// clients send it) or GET, and answers in Overpass' JSON shape. It understands the query the app
// writes (lib/verification/osm/overpass-query.ts): the [bbox:south,west,north,east] setting picks
// the named shop, amenity, craft, office, healthcare and tourism elements of its data inside that
// box (a node by its position, a way or relation by its centre). A query without a bbox is a
// syntax error here (status 400 with Overpass' kind of HTML error page).

type Element = {
  type: string;
  id: number;
  lat?: number;
  lon?: number;
  center?: { lat: number; lon: number };
};
type OverpassData = { elements: readonly object[] };

export type OverpassRequest = { method: string; query: string; userAgent: string | undefined };

export type OverpassTestServer = {
  /** The interpreter's URL, what OVERPASS_URL would be: http://127.0.0.1:<port>/api/interpreter. */
  url: string;
  /** host:port, as an outbound allow-list names it. */
  host: string;
  /** Every request received, in order. */
  requests: OverpassRequest[];
  /**
   * The next `count` queries answer `status` (429 Too Many Requests, 504 Gateway Timeout, …), with
   * `headers` such as Retry-After.
   */
  failNext(status: number, count?: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
};

const categoryKeys = ['shop', 'amenity', 'craft', 'office', 'healthcare', 'tourism'];
const maxQueryBytes = 64 * 1024;

/** The box of `[bbox:s,w,n,e]`; null when the query has none or it is not four numbers. */
export function bboxOfQuery(query: string) {
  const setting = /\[bbox:([^\]]{1,200})\]/.exec(query);
  const parts = setting?.[1]!.split(',').map((part) => Number(part.trim()));
  if (!parts || parts.length !== 4 || parts.some((part) => !Number.isFinite(part))) return null;
  const [south, west, north, east] = parts as [number, number, number, number];
  return { south, west, north, east };
}

function positionOf(element: Element): { lat: number; lon: number } | null {
  if (typeof element.lat === 'number' && typeof element.lon === 'number') {
    return { lat: element.lat, lon: element.lon };
  }
  return element.center ?? null;
}

function isWanted(element: object, box: NonNullable<ReturnType<typeof bboxOfQuery>>) {
  const tags = (element as { tags?: Record<string, string> }).tags ?? {};
  const position = positionOf(element as Element);
  return (
    Boolean(tags.name) &&
    categoryKeys.some((key) => tags[key]) &&
    position !== null &&
    position.lat >= box.south &&
    position.lat <= box.north &&
    position.lon >= box.west &&
    position.lon <= box.east
  );
}

/** The elements of `data` (the repository's fixtures by default) an area query of the app asks for. */
export function answerQuery(query: string, data: readonly OverpassData[] = overpassFixtureAnswers) {
  const box = bboxOfQuery(query);
  if (!box) return null;
  return {
    version: 0.6,
    generator: 'Overpass API (Ortsbild test server)',
    osm3s: {
      timestamp_osm_base: '2026-03-02T09:41:17Z',
      copyright:
        'The data included in this document is from www.openstreetmap.org. The data is made available under ODbL.',
    },
    elements: data.flatMap((answer) => answer.elements).filter((element) => isWanted(element, box)),
  };
}

async function queryOf(request: http.IncomingMessage): Promise<string | null> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method === 'GET') return url.searchParams.get('data');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxQueryBytes) return null;
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks).toString('utf8');
  // Form-encoded (data=…) as clients send it; a bare query body is accepted too, as Overpass does.
  return body.startsWith('data=') ? new URLSearchParams(body).get('data') : body;
}

function errorPage(
  response: http.ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  response
    .writeHead(status, { ...headers, 'content-type': 'text/html; charset=utf-8' })
    .end(
      `<!DOCTYPE html><html><body><p><strong style="color:#FF0000">Error</strong>: ${message}</p></body></html>`,
    );
}

export async function startOverpassServer(
  /**
   * `remark`: Overpass' note in every answer, e.g. a runtime error that cut the answer short.
   * `port`: a fixed port (the browser tests' app is told it in advance); any free one by default.
   */
  options: { data?: readonly OverpassData[]; remark?: string; port?: number } = {},
): Promise<OverpassTestServer> {
  const requests: OverpassRequest[] = [];
  const failures: { status: number; headers?: Record<string, string> }[] = [];
  const server = http.createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path !== '/api/interpreter' || !['GET', 'POST'].includes(request.method ?? '')) {
      return errorPage(response, 404, 'not found');
    }
    const query = await queryOf(request);
    requests.push({ method: request.method!, query: query ?? '', userAgent: request.headers['user-agent'] });
    const failure = failures.shift();
    if (failure) {
      return errorPage(
        response,
        failure.status,
        `status ${failure.status} as the test asked`,
        failure.headers,
      );
    }
    const answer = query === null ? null : answerQuery(query, options.data);
    if (!answer)
      return errorPage(
        response,
        400,
        'line 1: parse error: a query with [bbox:south,west,north,east] expected',
      );
    const remark = options.remark === undefined ? {} : { remark: options.remark };
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ ...answer, ...remark }, null, 2));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${host}/api/interpreter`,
    host,
    requests,
    failNext: (status, count = 1, headers) =>
      failures.push(...Array.from({ length: count }, () => ({ status, headers }))),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
