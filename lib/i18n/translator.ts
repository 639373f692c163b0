import { createTranslator } from 'next-intl';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import type { AppLocale } from './locales';

const messagesByLocale = { de, en };

/**
 * Translations outside a request (mails, jobs, scripts), for a known locale. Pages and actions
 * use next-intl's getTranslations, which reads the locale of the request.
 */
export function translatorFor<N extends string>(locale: AppLocale, namespace: N) {
  return createTranslator({ locale, messages: messagesByLocale[locale], namespace: namespace as never }) as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
}
