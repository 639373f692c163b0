'use server';

import { redirect } from 'next/navigation';
import { resetPasswordPolicySchema } from '@/lib/auth/password-policy';
import { resetPassword } from '@/lib/auth/password-reset';
import { isAppError } from '@/lib/errors';
import type { FormState } from '@/lib/forms/form-state';
import { formError, parseForm } from '@/lib/forms/parse-form';

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(resetPasswordPolicySchema, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await resetPassword(parsed.data.token, parsed.data.password);
  } catch (error) {
    if (isAppError(error, 'RESET_LINK_INVALID')) return formError(error);
    throw error;
  }
  redirect('/sign-in?reset=1');
}
