import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { placeFixtureList, type FixturePlace } from './places-fixtures';

// A Places API (New) server on 127.0.0.1 for integration tests, answering as Google documents it:
// Text Search (POST /v1/places:searchText with a JSON body) and Place Details (GET
// /v1/places/{id}), the API key in X-Goog-Api-Key (403 PERMISSION_DENIED otherwise) and the
// required field mask in X-Goog-FieldMask (400 INVALID_ARGUMENT without it, or with a field that
// does not exist; Text Search's fields start with "places."). Only the fields the mask names are
// returned, nested paths ("displayName.text") included; "*" is all of them. Errors come as
// { error: { code, message, status } }. Text Search finds a place when at least two words of the
// query are words of its name or address, most such words first; nothing found answers {}.

export type PlacesRequest = {
  method: string;
  /** The path as requested: /v1/places:searchText, /v1/places/<id>. */
  path: string;
  fieldMask: string | null;
  /** The JSON body of a search; null for Place Details. */
  body: unknown;
};

export type PlacesTestServer = {
  /** What GOOGLE_PLACES_URL would be: http://127.0.0.1:<port>. */
  url: string;
  /** host:port, as an outbound allow-list names it. */
  host: string;
  /** The key requests must carry. */
  apiKey: string;
  requests: PlacesRequest[];
  /** The next `count` requests answer `status` (429 RESOURCE_EXHAUSTED, 503 UNAVAILABLE, …). */
  failNext(status: number, count?: number, retryAfterSeconds?: number): void;
  close(): Promise<void>;
};

const statusWords: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

// Place fields as Places API (New) names them (a selection); a mask naming another is refused.
const placeFields = new Set([
  'id',
  'name',
  'displayName',
  'formattedAddress',
  'shortFormattedAddress',
  'addressComponents',
  'nationalPhoneNumber',
  'internationalPhoneNumber',
  'websiteUri',
  'regularOpeningHours',
  'currentOpeningHours',
  'utcOffsetMinutes',
  'rating',
  'userRatingCount',
  'businessStatus',
  'googleMapsUri',
  'location',
  'viewport',
  'types',
  'primaryType',
  'reviews',
  'photos',
]);

type FieldTree = Map<string, FieldTree>;

/** The mask as a tree of paths; null when it names a field that does not exist. */
function parseMask(mask: string, prefix: 'places.' | ''): FieldTree | 'all' | null {
  const paths = mask.split(',').map((path) => path.trim());
  if (paths.includes('*') || (prefix && paths.includes('places'))) return 'all';
  const tree: FieldTree = new Map();
  for (const path of paths) {
    if (!path.startsWith(prefix)) return null;
    const segments = path.slice(prefix.length).split('.');
    if (!placeFields.has(segments[0]!)) return null;
    let node = tree;
    for (const segment of segments) {
      if (!node.has(segment)) node.set(segment, new Map());
      node = node.get(segment)!;
    }
  }
  return tree;
}

/** Only the fields of `tree` (an empty subtree: the whole value); lists field by field. */
function pickFields(value: unknown, tree: FieldTree): unknown {
  if (tree.size === 0) return value;
  if (Array.isArray(value)) return value.map((item) => pickFields(item, tree));
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, subtree] of tree) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) kept[key] = pickFields(field, subtree);
  }
  return kept;
}

const wordsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/** The places with at least two of the query's words in their name or address, best first. */
export function searchPlaces(query: string, places: readonly FixturePlace[] = placeFixtureList) {
  const wanted = wordsOf(query);
  return places
    .map((place) => {
      const words = wordsOf(`${place.displayName.text} ${place.formattedAddress}`);
      return { place, score: [...wanted].filter((word) => words.has(word)).length };
    })
    .filter(({ score }) => score >= 2)
    .sort((a, b) => b.score - a.score)
    .map(({ place }) => place);
}

function answerError(response: http.ServerResponse, code: number, message: string, headers = {}) {
  const status = statusWords[code] ?? 'UNKNOWN';
  response
    .writeHead(code, { 'content-type': 'application/json; charset=UTF-8', ...headers })
    .end(JSON.stringify({ error: { code, message, status } }, null, 2));
}

function answerJson(response: http.ServerResponse, body: unknown) {
  response.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
}

async function readBody(request: http.IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

type Handler = (response: http.ServerResponse, mask: string, body: unknown) => void;

function searchHandler(places: readonly FixturePlace[]): Handler {
  return (response, mask, body) => {
    const tree = parseMask(mask, 'places.');
    if (!tree) return answerError(response, 400, `Invalid field mask: ${mask}`);
    const textQuery = (body as { textQuery?: unknown } | undefined)?.textQuery;
    if (typeof textQuery !== 'string' || !textQuery.trim()) {
      return answerError(response, 400, 'Empty text_query.');
    }
    const found = searchPlaces(textQuery, places).slice(0, 20);
    answerJson(response, found.length === 0 ? {} : { places: found.map((place) => pickIn(place, tree)) });
  };
}

function detailsHandler(places: readonly FixturePlace[], placeId: string): Handler {
  return (response, mask) => {
    const tree = parseMask(mask, '');
    if (!tree) return answerError(response, 400, `Invalid field mask: ${mask}`);
    const place = places.find((candidate) => candidate.id === placeId);
    if (!place) return answerError(response, 404, 'Requested entity was not found.');
    answerJson(response, pickIn(place, tree));
  };
}

/** A malformed escape is an id no place has. */
function decodedId(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const pickIn = (place: FixturePlace, tree: FieldTree | 'all') =>
  tree === 'all' ? place : pickFields(place, tree);

export async function startPlacesServer(
  options: { apiKey?: string; places?: readonly FixturePlace[] } = {},
): Promise<PlacesTestServer> {
  const apiKey = options.apiKey ?? 'test-places-key';
  const places = options.places ?? placeFixtureList;
  const requests: PlacesRequest[] = [];
  const failures: { status: number; retryAfterSeconds?: number }[] = [];
  const server = http.createServer(async (request, response) => {
    const path = request.url ?? '/';
    const pathname = new URL(path, 'http://127.0.0.1').pathname;
    const isSearch = request.method === 'POST' && pathname === '/v1/places:searchText';
    const detailsId = request.method === 'GET' ? /^\/v1\/places\/([^/:]+)$/.exec(pathname)?.[1] : undefined;
    const body = isSearch ? await readBody(request) : null;
    const fieldMask = (request.headers['x-goog-fieldmask'] as string | undefined) ?? null;
    requests.push({ method: request.method ?? 'GET', path, fieldMask, body });
    const failure = failures.shift();
    if (failure) {
      const headers = failure.retryAfterSeconds ? { 'retry-after': String(failure.retryAfterSeconds) } : {};
      return answerError(response, failure.status, `status ${failure.status} as the test asked`, headers);
    }
    if (!isSearch && detailsId === undefined)
      return answerError(response, 404, `Method not found: ${pathname}`);
    if (request.headers['x-goog-api-key'] !== apiKey) {
      return answerError(response, 403, 'The request is missing a valid API key.');
    }
    if (!fieldMask?.trim()) {
      return answerError(response, 400, 'FieldMask is a required parameter (header X-Goog-FieldMask).');
    }
    const handle = isSearch ? searchHandler(places) : detailsHandler(places, decodedId(detailsId!));
    handle(response, fieldMask, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${host}`,
    host,
    apiKey,
    requests,
    failNext: (status, count = 1, retryAfterSeconds) =>
      failures.push(...Array.from({ length: count }, () => ({ status, retryAfterSeconds }))),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
