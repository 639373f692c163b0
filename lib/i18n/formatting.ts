import { createFormatter } from 'next-intl';
import { appTimeZone, isLocale, type AppLocale } from './locales';

// Dates, times and numbers in the UI's language, decided here once for every page, component and
// mail. English is read by people in Europe (staff and owners of German businesses), so it
// formats as British English does: the day before the month, the month by name, the 24-hour clock
// ("6 Dec 2026, 14:05"); a numeric "06/12/2026" would be read as 12 June in the US, a named month
// cannot be misread. Percentages follow each language: "42%" in English, "42 %" in German.
const formattingLocales = { de: 'de-DE', en: 'en-GB' } satisfies Record<AppLocale, string>;

/** The Intl locale that formats dates and numbers for a UI language ("en" → "en-GB"). */
export function formattingLocale(locale: string): string {
  return isLocale(locale) ? formattingLocales[locale] : locale;
}

/** next-intl's formatter for a UI language, with the formatting locale above. */
export function createAppFormatter(locale: string, timeZone: string = appTimeZone) {
  return createFormatter({ locale: formattingLocale(locale), timeZone });
}

export type AppFormatter = ReturnType<typeof createAppFormatter>;
