import type { AppLocale } from '@/lib/i18n/locales';

/**
 * The language of error messages: German when the client prefers it (Accept-Language: de…),
 * English otherwise. Integrations mostly log messages, so English is the default here.
 */
export function localeOfRequest(request: Request): AppLocale {
  const header = request.headers.get('accept-language');
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return {
        language: tag.trim().toLowerCase().split('-')[0],
        quality: quality ? Number(quality.slice(2)) : 1,
      };
    })
    .filter((entry) => (entry.language === 'de' || entry.language === 'en') && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return ranked[0]?.language === 'de' ? 'de' : 'en';
}
