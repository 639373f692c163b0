'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current-user';
import { updateUserLocale } from '@/lib/auth/users';
import { isLocale, localeCookieName } from '@/lib/i18n/locales';

const oneYearSeconds = 365 * 24 * 60 * 60;

/** Switches the interface language; remembered in a cookie and, when signed in, on the account. */
export async function setLocale(formData: FormData) {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookieName, locale, { maxAge: oneYearSeconds, sameSite: 'lax', path: '/' });
  const user = await getCurrentUser();
  if (user && user.locale !== locale) await updateUserLocale(user.id, locale);
  revalidatePath('/', 'layout');
}
