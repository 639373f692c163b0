import type { AppError } from '@/lib/errors';

/** A translate function as next-intl's getTranslations() and translatorFor(locale, '') give it. */
export type Translator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * What people read for a domain error: its message key with its values, or, when the key is
 * missing from the catalogue, the general message of its code. The one translation of AppError:
 * a form's answer (lib/forms/parse-form.ts), an API's JSON error (lib/api/error-response.ts) and
 * a page's text all come from here.
 */
export function appErrorText(error: AppError, t: Translator): string {
  return t.has(error.messageKey) ? t(error.messageKey, error.params) : t(`errors.${error.code}`);
}
