import 'server-only';
import { locatorHeaders } from '@/lib/publishing/locator/locator-headers';
import { locatorRateLimitWait } from '@/lib/publishing/locator/locator-rate-limit';
import { loadLocatorSnapshot } from '@/lib/publishing/locator/locator-snapshot';
import { publicLocatorJson, type PublicLocatorView } from '@/lib/publishing/locator/public-locator-json';
import { pageContext, type PageRequest } from '@/lib/publishing/locator/serve-locator';
import { errorResponse } from '../api-problem';

/**
 * GET /api/v1/public/locators/<slug>[?view=map]: the public locator's data for anyone (CORS open:
 * it holds only what the organisation published), from the same snapshot and under the same rate
 * limit as the locator's pages (lib/publishing/locator); the same 404 for unknown and unpublished
 * organisations. Errors in the API's one shape, in the visitor's language.
 */
export async function publicLocatorJsonResponse(request: PageRequest, slug: string) {
  const cors = { 'access-control-allow-origin': '*' };
  const { texts, appOrigin } = pageContext(request, null);
  const wait = await locatorRateLimitWait(request.headers);
  if (wait !== null)
    return errorResponse(
      429,
      { code: 'RATE_LIMITED', message: texts.t('tooManyRequests') },
      { ...cors, 'retry-after': String(wait) },
    );
  const snapshot = await loadLocatorSnapshot(slug);
  if (!snapshot)
    return errorResponse(
      404,
      { code: 'NOT_FOUND', message: texts.t('notFound') },
      { ...cors, 'cache-control': 'public, max-age=30' },
    );
  const view: PublicLocatorView = request.url.searchParams.get('view') === 'map' ? 'map' : 'full';
  return new Response(publicLocatorJson(snapshot, view, appOrigin), {
    headers: locatorHeaders('application/json; charset=utf-8', null, cors),
  });
}
