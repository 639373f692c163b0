'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { BusinessTypeChoice } from './business-type-choice';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState } from '@/lib/forms/form-state';
import { createOrganisationAction } from './create-organisation';

export function CreateOrganisationForm() {
  const t = useTranslations('onboarding');
  const [state, formAction] = useActionState(createOrganisationAction, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <RequiredFieldsNote />
      <TextField
        name="name"
        label={t('name')}
        required
        maxLength={120}
        autoComplete="organization"
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
      <BusinessTypeChoice
        defaultValue={state.values?.businessType}
        errors={state.fieldErrors?.businessType}
      />
      <SubmitButton pendingLabel={t('creating')} className="w-full">
        {t('create')}
      </SubmitButton>
    </form>
  );
}
