/** @jsxImportSource preact */
import { internationalPhone } from '../../json-ld/location-json-ld';
import type { LocatorSnapshot, PublicLocation } from '../locator-snapshot';
import { openingState } from '../opening-state';
import type { LocatorSearch } from '../search-locations';
import { routeLink, type LocatorLinks } from './locator-links';
import type { LocatorTexts } from './locator-texts';

// The locator's list page: search by place or postcode, one card per location with whether it is
// open now, and the map beside the list (on a phone behind a button), loaded only when shown.

export type LocatorPageProps = {
  snapshot: LocatorSnapshot;
  search: LocatorSearch;
  query: string;
  page: number;
  pageSize: number;
  now: Date;
  texts: LocatorTexts;
  links: LocatorLinks;
  map: { tileUrl: string; attribution: string };
};

export function LocatorPage(props: LocatorPageProps) {
  const { snapshot, search, query, page, pageSize, texts, links } = props;
  const { t } = texts;
  const pageCount = Math.max(1, Math.ceil(search.hits.length / pageSize));
  const hits = search.hits.slice((page - 1) * pageSize, page * pageSize);
  const showsHours = snapshot.organisation.publishedFields.has('OPENING_HOURS');
  return (
    <div class="wrap">
      <header class="top">
        <p class="org">{snapshot.organisation.name}</p>
        <a
          class="lang"
          href={links.otherLanguage(texts.locale, { q: query })}
          hrefLang={texts.locale === 'de' ? 'en' : 'de'}
          aria-label={t('languageLabel')}
        >
          {t('language')}
        </a>
      </header>
      <main>
        <h1>{t('heading')}</h1>
        <SearchForm query={query} texts={texts} links={links} />
        <p class="meta" id="results" aria-live="polite">
          {t('count', { count: search.hits.length })}
          {search.kind === 'near' ? ` · ${t('near', { place: search.place })}` : null}
        </p>
        <MapToggle texts={texts} links={links} />
        <div class="layout">
          <MapBox {...props} />
          <div>
            {hits.length === 0 ? (
              <p class="card">{query ? t('noResults', { query }) : t('noLocations')}</p>
            ) : (
              <ul class="list">
                {hits.map(({ location, distanceKm }) => (
                  <LocationCard
                    key={location.storeCode}
                    location={location}
                    distanceKm={distanceKm}
                    showsHours={showsHours}
                    {...props}
                  />
                ))}
              </ul>
            )}
            <Pager page={page} pageCount={pageCount} query={query} texts={texts} links={links} />
          </div>
        </div>
      </main>
    </div>
  );
}

type PartProps = { texts: LocatorTexts; links: LocatorLinks };

function SearchForm({ query, texts, links }: PartProps & { query: string }) {
  const { t } = texts;
  return (
    <form class="search" role="search" method="get" action={links.listPath}>
      <label for="locator-q">{t('searchLabel')}</label>
      <input
        id="locator-q"
        name="q"
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        maxLength={80}
      />
      {links.lang ? <input type="hidden" name="lang" value={links.lang} /> : null}
      {links.embed ? <input type="hidden" name="embed" value="1" /> : null}
      <button class="btn" type="submit">
        {t('searchButton')}
      </button>
      {query ? (
        <a class="btn quiet" href={links.list()}>
          {t('resetSearch')}
        </a>
      ) : null}
    </form>
  );
}

/** On a phone the map waits behind this button (the stylesheet hides it on wide screens). */
function MapToggle({ texts }: PartProps) {
  const { t } = texts;
  return (
    <button
      class="btn quiet map-toggle"
      type="button"
      aria-controls="locator-map-box"
      aria-expanded="false"
      data-show={t('showMap')}
      data-hide={t('hideMap')}
    >
      {t('showMap')}
    </button>
  );
}

/** The map's place: beside the list on wide screens (first in the grid, drawn right), filled by locator.js. */
function MapBox({ texts, links, map }: LocatorPageProps) {
  const { t } = texts;
  return (
    <div class="map-box" id="locator-map-box">
      <div
        id="locator-map"
        role="region"
        aria-label={t('mapLabel')}
        data-src={links.mapData}
        data-tiles={map.tileUrl}
        data-attribution={map.attribution}
        data-loading={t('mapLoading')}
        data-failed={t('mapFailed')}
        data-location-href={links.location('{code}')}
      />
    </div>
  );
}

function Pager({
  page,
  pageCount,
  query,
  texts,
  links,
}: PartProps & { page: number; pageCount: number; query: string }) {
  const { t } = texts;
  if (pageCount <= 1) return null;
  return (
    <nav class="pager" aria-label={t('pagination')}>
      {page > 1 ? (
        <a class="btn quiet" href={links.list({ q: query, page: page - 1 })} rel="prev">
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span>{t('page', { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <a class="btn quiet" href={links.list({ q: query, page: page + 1 })} rel="next">
          {t('next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

type CardProps = LocatorPageProps & {
  location: PublicLocation;
  distanceKm: number | null;
  showsHours: boolean;
};

function LocationCard({ location, distanceKm, showsHours, snapshot, now, texts, links }: CardProps) {
  const { t } = texts;
  const state =
    showsHours || location.temporarilyClosed
      ? texts.state(openingState(location, snapshot.organisation.timeZone, now))
      : null;
  return (
    <li class="card">
      <h2>
        <a href={links.location(location.storeCode)}>{location.name}</a>
      </h2>
      <address>
        {location.street}
        {location.addressExtra ? `, ${location.addressExtra}` : ''}, {location.postalCode} {location.city}
        {distanceKm !== null ? ` · ${texts.distance(distanceKm)}` : ''}
      </address>
      {state ? <p class={`state ${state.tone}`}>{state.text}</p> : null}
      <p class="links">
        <a href={links.location(location.storeCode)} aria-label={t('detailsOf', { name: location.name })}>
          {t('details')}
        </a>
        <a href={routeLink(location)} target="_blank" rel="noopener noreferrer">
          {t('route')}
        </a>
        {location.phone ? (
          <a href={`tel:${location.phone}`}>
            {t('call', { phone: internationalPhone(location.phone, location.countryCode) })}
          </a>
        ) : null}
      </p>
    </li>
  );
}
