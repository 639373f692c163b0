'use server';

import { getTranslations } from 'next-intl/server';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { requestPasswordResetSchema } from '@/lib/auth/schemas';
import type { FormState } from '@/lib/forms/form-state';
import { parseForm } from '@/lib/forms/parse-form';

export async function requestPasswordResetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = await parseForm(requestPasswordResetSchema, formData);
  if (!parsed.ok) return parsed.state;
  await requestPasswordReset(parsed.data.email);
  // The same answer whether or not an account exists.
  return { status: 'success', message: (await getTranslations('auth'))('resetLinkSent') };
}
