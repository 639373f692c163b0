'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { CopyButton } from '@/components/ui/copy-button';
import { FormMessage } from '@/components/ui/form-message';
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
        <div className="space-y-2">
          <label htmlFor="new-api-token" className="block text-sm font-medium text-slate-800">
            {t('tokenLabel')}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              id="new-api-token"
              readOnly
              value={token}
              className="min-h-11 w-full rounded-lg border border-slate-300 bg-slate-50 px-3 font-mono text-sm"
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton text={token} label={t('copy')} copiedLabel={t('copied')} />
          </div>
        </div>
      )}
      <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
    </form>
  );
}
