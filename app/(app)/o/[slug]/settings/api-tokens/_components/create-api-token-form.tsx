'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SecretField } from '@/components/ui/secret-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState, type FormState } from '@/lib/forms/form-state';

export function CreateApiTokenForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations('apiTokens');
  const [state, formAction] = useActionState(action, initialFormState);
  const token = state.status === 'success' ? state.result?.token : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <RequiredFieldsNote />
      <TextField
        name="name"
        label={t('name')}
        hint={t('nameHint')}
        autoComplete="off"
        required
        maxLength={100}
        defaultValue={state.status === 'error' ? state.values?.name : undefined}
        errors={state.fieldErrors?.name}
        className="max-w-md"
      />
      <FormMessage state={state} />
      {token && (
        <SecretField
          id="new-api-token"
          label={t('tokenLabel')}
          value={token}
          copyLabel={t('copy')}
          copiedLabel={t('copied')}
        />
      )}
      <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
    </form>
  );
}
