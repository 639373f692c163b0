import type { AppLocale } from '@/lib/i18n/locales';
import type { PublishableLocation } from '../../publishable-location';

// Addresses inside the locator: relative to the app, carrying the visitor's chosen language and
// the embed mode from page to page (a visitor inside the business's site stays in the frame).

export type LocatorLinkOptions = { slug: string; lang: AppLocale | null; embed: boolean };

export function locatorLinks({ slug, lang, embed }: LocatorLinkOptions) {
  const base = `/l/${encodeURIComponent(slug)}`;
  const withState = (path: string, params: Record<string, string | number | undefined> = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value !== undefined && value !== '') search.set(key, String(value));
    if (lang) search.set('lang', lang);
    if (embed) search.set('embed', '1');
    const query = search.toString();
    return query ? `${path}?${query}` : path;
  };
  return {
    /** The list's path without a query (a search form's action). */
    listPath: base,
    lang,
    embed,
    list: (params: { q?: string; page?: number } = {}) =>
      withState(base, { q: params.q, page: params.page && params.page > 1 ? params.page : undefined }),
    location: (storeCode: string) => withState(`${base}/${encodeURIComponent(storeCode)}`),
    /** The same page in the other language. */
    otherLanguage: (path: string, current: AppLocale, params: Record<string, string | undefined> = {}) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
      search.set('lang', current === 'de' ? 'en' : 'de');
      if (embed) search.set('embed', '1');
      return `${path}?${search.toString()}`;
    },
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
