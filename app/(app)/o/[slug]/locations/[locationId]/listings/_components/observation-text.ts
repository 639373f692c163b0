import type { AppFormatter } from '@/lib/i18n/formatting';

// Small helpers the observation panels share: when a source looked, and links that are only
// ever followed when they are web addresses (the details are stored JSON).

/** "6.12.2026, 07:14" in German, "6/12/2026, 07:14" in English, in the app's time zone. */
export function observedAtText(format: AppFormatter, observedAt: Date) {
  return format.dateTime(observedAt, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A calendar date (YYYY-MM-DD) as the UI writes dates. */
export function plainDateText(format: AppFormatter, date: string) {
  return format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
}

/** The address itself when it is http(s); anything else (javascript:, data:) is not linked. */
export function webHref(url: unknown): string | null {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

export const linkClass = 'text-brand-700 inline-flex min-h-11 items-center font-medium hover:underline';
