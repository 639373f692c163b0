import { getLocale, getTranslations } from 'next-intl/server';
import { locales } from '@/lib/i18n/locales';
import { setLocale } from './set-locale';

/** Two plain submit buttons: works without JavaScript, and each says its language in itself. */
export async function LanguageSwitcher({ className = '' }: { className?: string }) {
  const current = await getLocale();
  const t = await getTranslations('language');
  return (
    <form action={setLocale} className={`flex items-center gap-1 ${className}`} aria-label={t('change')}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="aria-pressed:bg-brand-50 aria-pressed:text-brand-800 min-h-9 rounded-md px-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
