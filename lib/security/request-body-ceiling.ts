// The largest request bodies the app accepts, enforced by proxy.ts before Next.js buffers them.
// Next.js copies every body that passes the proxy, up to `experimental.proxyClientMaxBodySize`
// (next.config.js, the same 10 MB), and silently cuts off the rest: a route would then read a
// truncated body as if it were whole (half a CSV import). So the proxy refuses what could be cut:
// a declared length above the ceiling (413), and a streamed body without a declared length (411;
// browsers always declare it). Server actions get their own 1 MB here too: Next.js' check of
// `serverActions.bodySizeLimit` stays behind it but answers an excess with a 500. Route handlers
// keep their own, smaller limits (lib/api/request-body.ts).

export const requestBodyCeilingBytes = 10 * 1024 * 1024;
export const serverActionBodyLimitBytes = 1024 * 1024;

/** 411 or 413 for a body that could exceed its limit; null when it cannot. */
export function requestBodyRefusalStatus(method: string, headers: Headers): 411 | 413 | null {
  if (['GET', 'HEAD'].includes(method.toUpperCase())) return null;
  const declaredLength = headers.get('content-length');
  if (declaredLength === null) return headers.has('transfer-encoding') ? 411 : null;
  const limit = headers.has('next-action') ? serverActionBodyLimitBytes : requestBodyCeilingBytes;
  const length = Number(declaredLength);
  return Number.isSafeInteger(length) && length <= limit ? null : 413;
}
