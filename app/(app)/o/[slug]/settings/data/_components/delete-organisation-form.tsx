'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

/** Typing the name again is the confirmation; the button stays off until it matches. */
export function DeleteOrganisationForm({
  action,
  organisationName,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  organisationName: string;
}) {
  const t = useTranslations('dataRights.organisation');
  const [state, formAction, formKey] = useFormAction(action);
  const [typed, setTyped] = useState('');
  return (
    <form key={formKey} action={formAction} className="space-y-4" noValidate>
      <RequiredFieldsNote />
      <TextField
        name="confirmation"
        label={t('confirmationLabel', { name: organisationName })}
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={200}
        defaultValue={state.values?.confirmation}
        onChange={(event) => setTyped(event.currentTarget.value)}
        errors={state.fieldErrors?.confirmation}
        className="max-w-md"
      />
      <FormMessage state={state} />
      <fieldset disabled={typed.trim() !== organisationName.trim()} className="contents">
        <SubmitButton variant="danger" pendingLabel={t('deleting')}>
          {t('delete')}
        </SubmitButton>
      </fieldset>
    </form>
  );
}
