export const locales = ['de', 'en'] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = 'de';
export const localeCookieName = 'ortsbild-locale';
/** Dates and times are shown in this time zone, whatever the server's (see formatting.ts). */
export const appTimeZone = 'Europe/Berlin';

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
