'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { PasswordField } from '@/components/auth/password-field';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { resetPasswordAction } from '../../_actions/reset-password';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const [state, formAction] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <RequiredFieldsNote />
      <input type="hidden" name="token" value={token} />
      <PasswordField
        name="password"
        label={t('newPassword')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
      />
      <SubmitButton className="w-full">{t('savePassword')}</SubmitButton>
    </form>
  );
}
