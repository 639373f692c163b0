import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { appTimeZone, defaultLocale, isLocale, localeCookieName } from './locales';
import { messagesByLocale } from './messages';

// German first: the cookie holds the user's choice (also saved on their account); no cookie, German.
export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : defaultLocale;
  return {
    locale,
    messages: messagesByLocale[locale],
    timeZone: appTimeZone,
  };
});
