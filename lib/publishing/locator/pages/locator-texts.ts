import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { PlainDate } from '@/lib/weeks/iso-week';
import type { OpeningState } from '../opening-state';

// The locator's words in the visitor's language (German unless the browser prefers English or
// the address says ?lang=en), and the forms of dates and times a customer reads: "6:30", "Mo., 7. Dez.".

export type LocatorTexts = ReturnType<typeof createTexts>;

// Made once per language: translators and date formats are not free, and every page needs them.
const textsByLocale = new Map<AppLocale, ReturnType<typeof createTexts>>();

export function locatorTexts(locale: AppLocale) {
  let texts = textsByLocale.get(locale);
  if (!texts) {
    texts = createTexts(locale);
    textsByLocale.set(locale, texts);
  }
  return texts;
}

function createTexts(locale: AppLocale) {
  const t = translatorFor(locale, 'publicLocator');
  const dateAt = (date: PlainDate) => new Date(`${date}T12:00:00Z`);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const time = (value: string) => value.replace(/^0(\d)/, '$1');
  return {
    locale,
    t,
    time,
    weekday: (date: PlainDate) => weekday.format(dateAt(date)),
    day: (date: PlainDate) => day.format(dateAt(date)),
    distance: (km: number) =>
      t('distance', { distance: km.toLocaleString(locale, { maximumFractionDigits: km < 10 ? 1 : 0 }) }),
    range: (range: { opens: string; closes: string }) => `${time(range.opens)}–${time(range.closes)}`,
    state(state: OpeningState | null): { text: string; tone: 'open' | 'closed' | 'unknown' } | null {
      switch (state?.kind) {
        case undefined:
          return null;
        case 'open':
          return { text: t('openUntil', { time: time(state.closes) }), tone: 'open' };
        case 'opensLater': {
          const at = time(state.opens);
          const text =
            state.inDays === 0
              ? t('opensToday', { time: at })
              : state.inDays === 1
                ? t('opensTomorrow', { time: at })
                : t('opensOn', { time: at, weekday: weekday.format(dateAt(state.date)) });
          return { text, tone: 'closed' };
        }
        case 'holidayUnconfirmed':
          return { text: t('holidayUnconfirmed', { holiday: state.holiday }), tone: 'unknown' };
        case 'temporarilyClosed':
          return { text: t('temporarilyClosed'), tone: 'closed' };
        case 'closed':
          return { text: t('closed'), tone: 'closed' };
      }
    },
  };
}
