'use client';

import { useTranslations } from 'next-intl';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

export function ChangePasswordForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations('dataRights.account');
  const [state, formAction, formKey] = useFormAction(action);
  return (
    <form key={formKey} action={formAction} className="max-w-md space-y-4" noValidate>
      <RequiredFieldsNote />
      <TextField
        type="password"
        name="currentPassword"
        label={t('currentPassword')}
        autoComplete="current-password"
        required
        maxLength={1024}
        errors={state.fieldErrors?.currentPassword}
      />
      <TextField
        type="password"
        name="newPassword"
        label={t('newPassword')}
        hint={t('newPasswordHint')}
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        errors={state.fieldErrors?.newPassword}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t('changingPassword')}>{t('changePassword')}</SubmitButton>
    </form>
  );
}
