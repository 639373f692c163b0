import 'server-only';
import deCore from '@/messages/de/core.json';
import enCore from '@/messages/en/core.json';
import { isDatabaseAvailable, retryAfterSeconds } from '@/lib/db/availability';
import type { AppLocale } from '@/lib/i18n/locales';
import { errorResponse } from './api-problem';
import { localeOfRequest } from './request-locale';

// What the app answers while PostgreSQL is known to be down (lib/db/availability.ts): a page that
// reloads itself, a plain text for a server action, the API's JSON error; all 503 with Retry-After.

/**
 * For the proxy: null while the database is available (without touching it unless an outage is
 * recorded), else the 503 answer: an HTML page, or the API's JSON error under /api/.
 */
export async function databaseUnavailableResponse(request: Request): Promise<Response | null> {
  if (await isDatabaseAvailable()) return null;
  const { pathname } = new URL(request.url);
  if (pathname.startsWith('/api/')) return databaseUnavailableApiResponse(localeOfRequest(request));
  // A server action's fetch shows a plain-text error body as the error's message.
  const headers = { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' };
  if (request.headers.has('next-action')) {
    return new Response(`${deCore.errors.unavailableTitle} · ${enCore.errors.unavailableTitle}`, {
      status: 503,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(unavailablePage, {
    status: 503,
    headers: {
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}

/** The API's error format with status 503 and a Retry-After header. */
export function databaseUnavailableApiResponse(locale: AppLocale): Response {
  const messages = locale === 'de' ? deCore : enCore;
  return errorResponse(
    503,
    { code: 'SERVICE_UNAVAILABLE', message: messages.errors.unavailableText },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/** German first, then English; no scripts and nothing loaded from elsewhere. It reloads itself. */
const unavailablePage = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${retryAfterSeconds}">
<title>${deCore.errors.unavailableTitle}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:0 auto;padding:3rem 1rem;color:#0f172a;line-height:1.5}p{color:#475569}hr{border:0;border-top:1px solid #e2e8f0;margin:2rem 0}</style>
</head>
<body>
<main>
<h1>${deCore.errors.unavailableTitle}</h1>
<p>${deCore.errors.unavailableText}</p>
<hr>
<div lang="en">
<h2>${enCore.errors.unavailableTitle}</h2>
<p>${enCore.errors.unavailableText}</p>
</div>
</main>
</body>
</html>
`;
