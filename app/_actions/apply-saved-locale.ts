'use server';

import { cookies } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/current-user';
import { localeCookieName } from '@/lib/i18n/locales';

/** After sign-in: the language saved on the account wins over this browser's cookie. */
export async function applySavedLocale() {
  const user = await getCurrentUser();
  if (!user) return;
  (await cookies()).set(localeCookieName, user.locale, {
    maxAge: 365 * 24 * 60 * 60,
    sameSite: 'lax',
    path: '/',
  });
}
