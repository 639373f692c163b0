/** @jsxImportSource preact */
import { weekdays } from '@/lib/locations/field-values';
import { internationalPhone } from '../../json-ld/location-json-ld';
import type { LocatorSnapshot, PublicLocation } from '../locator-snapshot';
import { locatorDays, openingState, wallClock } from '../opening-state';
import { routeLink, type LocatorLinks } from './locator-links';
import type { LocatorTexts } from './locator-texts';

// One location's public page: whether it is open now, its address and published contact, a route
// link, and its hours for the next two weeks (special hours and public holidays marked), then the
// regular week. Its JSON-LD travels in the document's head (locator-document.tsx).

export const hoursDays = 14;

export type LocationPageProps = {
  snapshot: LocatorSnapshot;
  location: PublicLocation;
  now: Date;
  texts: LocatorTexts;
  links: LocatorLinks;
};

export function LocationPage({ snapshot, location, now, texts, links }: LocationPageProps) {
  const { t } = texts;
  const showsHours = snapshot.organisation.publishedFields.has('OPENING_HOURS');
  const { timeZone } = snapshot.organisation;
  const today = wallClock(timeZone, now).date;
  const state =
    showsHours || location.temporarilyClosed ? texts.state(openingState(location, timeZone, now)) : null;
  return (
    <div class="wrap">
      <header class="top">
        <p class="org">
          <a href={links.list()}>{t('allLocations')}</a> · {snapshot.organisation.name}
        </p>
        <a
          class="lang"
          href={links.otherLanguage(texts.locale, { storeCode: location.storeCode })}
          hrefLang={texts.locale === 'de' ? 'en' : 'de'}
          aria-label={t('languageLabel')}
        >
          {t('language')}
        </a>
      </header>
      <main>
        <h1>{location.name}</h1>
        {location.primaryCategory ? <p class="meta">{location.primaryCategory}</p> : null}
        {state ? <p class={`state ${state.tone}`}>{state.text}</p> : null}
        <section class="card" aria-labelledby="address-heading">
          <h2 id="address-heading">{t('address')}</h2>
          <address>
            {location.street}
            {location.addressExtra ? (
              <>
                <br />
                {location.addressExtra}
              </>
            ) : null}
            <br />
            {location.postalCode} {location.city}
          </address>
          <p class="links">
            <a class="btn" href={routeLink(location)} target="_blank" rel="noopener noreferrer">
              {t('route')}
            </a>
            {location.phone ? (
              <a href={`tel:${location.phone}`}>
                {t('call', { phone: internationalPhone(location.phone, location.countryCode) })}
              </a>
            ) : null}
            {location.website ? (
              <a href={location.website} rel="noopener">
                {t('website')}
              </a>
            ) : null}
            {location.email ? <a href={`mailto:${location.email}`}>{t('email')}</a> : null}
          </p>
        </section>
        {location.description ? <p>{location.description}</p> : null}
        {showsHours ? <Hours location={location} today={today} texts={texts} /> : null}
      </main>
    </div>
  );
}

function Hours({ location, today, texts }: { location: PublicLocation; today: string; texts: LocatorTexts }) {
  const { t } = texts;
  const days = locatorDays(location, today, hoursDays);
  const hasWeekly = weekdays.some((day) => (location.openingHours[day] ?? []).length > 0);
  if (!hasWeekly && location.specialHours.length === 0) return <p>{t('noHours')}</p>;
  return (
    <>
      <h2 id="hours-heading">{t('hoursHeading')}</h2>
      <table class="hours" aria-labelledby="hours-heading">
        <tbody>
          {days.map((day) => (
            <tr key={day.date} class={day.date === today ? 'today' : undefined}>
              <th scope="row">
                {texts.day(day.date)}
                {day.date === today ? ` (${t('today')})` : ''}
              </th>
              <td>
                {day.unconfirmed
                  ? null
                  : day.ranges.length === 0
                    ? t('closedDay')
                    : day.ranges.map((range, index) => (
                        <span class="range" key={range.opens}>
                          {index > 0 ? ', ' : ''}
                          {texts.range(range)}
                        </span>
                      ))}
                {day.unconfirmed ? (
                  <span class="note">{t('holidayUnconfirmedDay', { holiday: day.holiday! })}</span>
                ) : day.holiday ? (
                  <span class="note">{t('holiday', { holiday: day.holiday })}</span>
                ) : day.special ? (
                  <span class="note">{t('special')}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
