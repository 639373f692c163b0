'use client';

import { useTranslations } from 'next-intl';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

export function FreshnessForm({
  action,
  freshnessDays,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  freshnessDays: number;
}) {
  const t = useTranslations('listings.platforms');
  const [state, formAction, formKey] = useFormAction(action);
  return (
    <form key={formKey} action={formAction} className="space-y-3" noValidate>
      <RequiredFieldsNote />
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          name="freshnessDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          required
          label={t('freshnessLabel')}
          defaultValue={state.status === 'error' ? state.values?.freshnessDays : String(freshnessDays)}
          errors={state.fieldErrors?.freshnessDays}
          className="w-56"
        />
        <SubmitButton variant="secondary">{t('freshnessSave')}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
