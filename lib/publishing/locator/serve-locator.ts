import 'server-only';
import { env } from '@/lib/env';
import { defaultLocale, isLocale, type AppLocale } from '@/lib/i18n/locales';
import { appOriginOf } from '@/lib/security/app-address';
import { isServedOverHttps } from '@/lib/security/transport-security';
import { todayIn } from '@/lib/weeks/iso-week';
import { locationJsonLd } from '../json-ld/location-json-ld';
import { publicLocatorUrls } from '../publishable-location';
import { locatorContentSecurityPolicy, locatorHeaders } from './locator-headers';
import { locatorRateLimitWait } from './locator-rate-limit';
import { loadLocatorSnapshot, type LocatorSnapshot } from './locator-snapshot';
import { renderDocument } from './pages/locator-document';
import { locatorLinks } from './pages/locator-links';
import { LocatorPage } from './pages/locator-page';
import { LocationPage } from './pages/location-page';
import { locatorTexts } from './pages/locator-texts';
import { StatusPage } from './pages/status-page';
import { searchLocations } from './search-locations';
import { locatorSitemap, sitemapIndex } from './sitemaps';

// The public locator's pages as route handlers answer them (app/l/…): rate limit first (a
// refused request costs nothing), then the snapshot from memory (locator-snapshot.ts), then
// HTML. Unknown organisations, a locator switched off and unknown or unpublished store codes all
// answer the same 404, so nothing tells an unpublished organisation from a missing one.

export const locatorPageSize = 20;

export type PageRequest = { url: URL; headers: Headers };

/** ?lang= when given, else the browser's first choice of German or English, else German. */
export function visitorLocale(url: URL, headers: Headers): { locale: AppLocale; chosen: AppLocale | null } {
  const chosen = url.searchParams.get('lang');
  if (isLocale(chosen)) return { locale: chosen, chosen };
  for (const part of (headers.get('accept-language') ?? '').split(',')) {
    const language = part.trim().slice(0, 2).toLowerCase();
    if (isLocale(language)) return { locale: language, chosen: null };
  }
  return { locale: defaultLocale, chosen: null };
}

export function pageContext(request: PageRequest, snapshot: LocatorSnapshot | null) {
  const config = env();
  const { locale, chosen } = visitorLocale(request.url, request.headers);
  const embed = request.url.searchParams.get('embed') === '1';
  const appOrigin =
    appOriginOf(config.NEXTAUTH_URL, request.headers, config.TRUST_PROXY) ?? request.url.origin;
  const https = isServedOverHttps({
    appUrl: config.NEXTAUTH_URL,
    trustProxy: config.TRUST_PROXY,
    forwardedProto: request.headers.get('x-forwarded-proto'),
  });
  const policy = locatorContentSecurityPolicy({
    embedOrigins: snapshot?.organisation.embedOrigins ?? [],
    tileUrl: config.MAP_TILE_URL,
    https,
  });
  return {
    locale,
    texts: locatorTexts(locale),
    links: locatorLinks({ slug: snapshot?.organisation.slug ?? '', lang: chosen, embed }),
    appOrigin,
    policy,
    map: { tileUrl: config.MAP_TILE_URL, attribution: config.MAP_TILE_ATTRIBUTION },
  };
}

function html(body: string, status: number, policy: string, extra: Record<string, string> = {}) {
  return new Response(body, { status, headers: locatorHeaders('text/html; charset=utf-8', policy, extra) });
}

type Outcome =
  { response: Response; snapshot?: never } | { response?: never; snapshot: LocatorSnapshot | null };

async function refusedOrSnapshot(request: PageRequest, slug: string): Promise<Outcome> {
  const wait = await locatorRateLimitWait(request.headers);
  if (wait !== null) {
    const context = pageContext(request, null);
    const { t } = context.texts;
    const body = renderDocument({
      locale: context.locale,
      title: t('tooManyRequestsTitle'),
      description: t('tooManyRequests'),
      canonical: request.url.href,
      noindex: true,
      children: StatusPage({ heading: t('tooManyRequestsTitle'), message: t('tooManyRequests') }),
    });
    return {
      response: html(body, 429, context.policy, { 'retry-after': String(wait), 'cache-control': 'no-store' }),
    };
  }
  return { snapshot: await loadLocatorSnapshot(slug) };
}

function notFound(request: PageRequest) {
  const context = pageContext(request, null);
  const { t } = context.texts;
  const body = renderDocument({
    locale: context.locale,
    title: t('notFoundTitle'),
    description: t('notFound'),
    canonical: request.url.href,
    noindex: true,
    children: StatusPage({ heading: t('notFoundTitle'), message: t('notFound') }),
  });
  return html(body, 404, context.policy, { 'cache-control': 'public, max-age=30' });
}

/** GET /l/<slug>: the list with search, the map beside it. */
export async function locatorPageResponse(request: PageRequest, slug: string, now = new Date()) {
  const outcome = await refusedOrSnapshot(request, slug);
  if (outcome.response) return outcome.response;
  const { snapshot } = outcome;
  if (!snapshot) return notFound(request);
  const context = pageContext(request, snapshot);
  const { t } = context.texts;
  const query = (request.url.searchParams.get('q') ?? '').trim().slice(0, 80);
  const search = await searchLocations(snapshot.locations, query);
  const pageCount = Math.max(1, Math.ceil(search.hits.length / locatorPageSize));
  const page = Math.min(
    Math.max(1, Number.parseInt(request.url.searchParams.get('page') ?? '1', 10) || 1),
    pageCount,
  );
  const urls = publicLocatorUrls(context.appOrigin, snapshot.organisation.slug);
  const body = renderDocument({
    locale: context.locale,
    title: t('title', { organisation: snapshot.organisation.name }),
    description: t('description', { organisation: snapshot.organisation.name }),
    canonical: urls.locator,
    embed: context.links.embed,
    noindex: query !== '' || page > 1,
    children: LocatorPage({
      snapshot,
      search,
      query,
      page,
      pageSize: locatorPageSize,
      now,
      texts: context.texts,
      links: context.links,
      map: context.map,
    }),
  });
  return html(body, 200, context.policy);
}

/** GET /l/<slug>/<storeCode>: one location, its JSON-LD in the head. */
export async function locationPageResponse(
  request: PageRequest,
  slug: string,
  storeCode: string,
  now = new Date(),
) {
  const outcome = await refusedOrSnapshot(request, slug);
  if (outcome.response) return outcome.response;
  const { snapshot } = outcome;
  const location = snapshot?.locations.find((candidate) => candidate.storeCode === storeCode);
  if (!snapshot || !location) return notFound(request);
  const context = pageContext(request, snapshot);
  const { t } = context.texts;
  const page = publicLocatorUrls(context.appOrigin, snapshot.organisation.slug, storeCode).location!;
  const body = renderDocument({
    locale: context.locale,
    title: `${location.name} – ${snapshot.organisation.name}`,
    description: `${location.name}, ${location.street}, ${location.postalCode} ${location.city}. ${t('route')}.`,
    canonical: page,
    embed: context.links.embed,
    jsonLd: locationJsonLd(location, {
      id: `${page}#business`,
      url: page,
      today: todayIn(snapshot.organisation.timeZone, now),
    }),
    children: LocationPage({ snapshot, location, now, texts: context.texts, links: context.links }),
  });
  return html(body, 200, context.policy);
}

/** GET /l/<slug>/sitemap.xml */
export async function locatorSitemapResponse(request: PageRequest, slug: string) {
  const outcome = await refusedOrSnapshot(request, slug);
  if (outcome.response) return outcome.response;
  if (!outcome.snapshot) return notFound(request);
  const { appOrigin } = pageContext(request, outcome.snapshot);
  return new Response(locatorSitemap(outcome.snapshot, appOrigin), {
    headers: locatorHeaders('application/xml; charset=utf-8', null),
  });
}

/** GET /sitemap.xml: every public locator's sitemap. */
export async function sitemapIndexResponse(request: PageRequest) {
  const { appOrigin } = pageContext(request, null);
  return new Response(await sitemapIndex(appOrigin), {
    headers: locatorHeaders('application/xml; charset=utf-8', null, {
      'cache-control': 'public, max-age=300',
    }),
  });
}

/** GET /robots.txt */
export function robotsResponse(request: PageRequest) {
  const { appOrigin } = pageContext(request, null);
  const body = ['User-agent: *', 'Allow: /l/', 'Disallow: /', `Sitemap: ${appOrigin}/sitemap.xml`, ''].join(
    '\n',
  );
  return new Response(body, {
    headers: locatorHeaders('text/plain; charset=utf-8', null, { 'cache-control': 'public, max-age=3600' }),
  });
}
