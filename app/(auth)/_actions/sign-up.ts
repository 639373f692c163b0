'use server';

import { getLocale } from 'next-intl/server';
import { signUpPolicySchema } from '@/lib/auth/password-policy';
import { createUserWithPassword } from '@/lib/auth/users';
import { AppError, isAppError } from '@/lib/errors';
import type { FormState } from '@/lib/forms/form-state';
import { formError, parseForm } from '@/lib/forms/parse-form';
import { isLocale } from '@/lib/i18n/locales';

/** Creates the account; the form then signs in with the same credentials. */
export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(signUpPolicySchema, formData);
  if (!parsed.ok) return parsed.state;
  const locale = await getLocale();
  try {
    await createUserWithPassword(parsed.data, isLocale(locale) ? locale : 'de');
  } catch (error) {
    if (isAppError(error, 'CONFLICT'))
      return formError(
        new AppError('CONFLICT', { messageKey: 'errors.emailTaken', field: 'email' }),
        formData,
      );
    throw error;
  }
  return { status: 'success' };
}
