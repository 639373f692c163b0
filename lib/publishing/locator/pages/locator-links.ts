import type { AppLocale } from '@/lib/i18n/locales';
import type { PublishableLocation } from '../../publishable-location';

// Addresses inside the locator: relative to the app, carrying the visitor's chosen language and
// the embed mode from page to page (a visitor inside the business's site stays in the frame).

export type LocatorLinkOptions = { slug: string; lang: AppLocale | null; embed: boolean };

type Params = Record<string, string | number | undefined>;

export function locatorLinks({ slug, lang, embed }: LocatorLinkOptions) {
  const base = `/l/${encodeURIComponent(slug)}`;
  const address = (path: string, params: Params, language: AppLocale | null) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value !== undefined && value !== '') search.set(key, String(value));
    if (language) search.set('lang', language);
    if (embed) search.set('embed', '1');
    const query = search.toString();
    return query ? `${path}?${query}` : path;
  };
  const locationPath = (storeCode: string) => `${base}/${encodeURIComponent(storeCode)}`;
  return {
    /** The list's path without a query (a search form's action). */
    listPath: base,
    lang,
    embed,
    list: (params: { q?: string; page?: number } = {}) =>
      address(base, { q: params.q, page: params.page && params.page > 1 ? params.page : undefined }, lang),
    location: (storeCode: string) => address(locationPath(storeCode), {}, lang),
    /** The list (with its search) or a location's page in the other language. */
    otherLanguage: (current: AppLocale, page: { q?: string } | { storeCode: string }) =>
      'storeCode' in page
        ? address(locationPath(page.storeCode), {}, current === 'de' ? 'en' : 'de')
        : address(base, { q: page.q }, current === 'de' ? 'en' : 'de'),
    mapData: `/api/v1/public/locators/${encodeURIComponent(slug)}?view=map`,
  };
}

export type LocatorLinks = ReturnType<typeof locatorLinks>;

/** A route planner's address for the location (a link the visitor follows; the app asks nobody). */
export function routeLink(location: PublishableLocation) {
  const destination = [location.street, `${location.postalCode} ${location.city}`, location.countryCode].join(
    ', ',
  );
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
}
