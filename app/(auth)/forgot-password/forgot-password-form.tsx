'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';
import { requestPasswordResetAction } from '../_actions/request-password-reset';

export function ForgotPasswordForm() {
  const t = useTranslations('auth');
  const [state, formAction] = useActionState(requestPasswordResetAction, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <RequiredFieldsNote />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton className="w-full">{t('sendResetLink')}</SubmitButton>
    </form>
  );
}
