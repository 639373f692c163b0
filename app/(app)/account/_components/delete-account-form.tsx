'use client';

import { useTranslations } from 'next-intl';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

/** Confirmed with the current password, or by typing the email for accounts without one. */
export function DeleteAccountForm({
  action,
  email,
  hasPassword,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  email: string;
  hasPassword: boolean;
}) {
  const t = useTranslations('dataRights.account');
  const [state, formAction, formKey] = useFormAction(action);
  return (
    <form key={formKey} action={formAction} className="max-w-md space-y-4" noValidate>
      <RequiredFieldsNote />
      {hasPassword ? (
        <TextField
          id="delete-account-password"
          type="password"
          name="currentPassword"
          label={t('confirmPassword')}
          autoComplete="current-password"
          required
          maxLength={1024}
          errors={state.fieldErrors?.currentPassword}
        />
      ) : (
        <TextField
          type="email"
          name="confirmEmail"
          label={t('confirmEmail', { email })}
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={state.values?.confirmEmail}
          errors={state.fieldErrors?.confirmEmail}
        />
      )}
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingLabel={t('deleting')}>
        {t('delete')}
      </SubmitButton>
    </form>
  );
}
