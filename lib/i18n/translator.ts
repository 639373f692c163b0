import { createTranslator } from 'next-intl';
import type { AppLocale } from './locales';
import { messagesByLocale } from './messages';

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
