'use client';

import { useTranslations } from 'next-intl';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { platformKinds } from '@/lib/listings/platform-kinds';

export function CustomPlatformForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations('listings.platforms');
  const tKind = useTranslations('listings.kind');
  const [state, formAction, formKey] = useFormAction(action);
  // A failed submit keeps what was typed, the kind included (the form remounts with these).
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form key={formKey} action={formAction} className="space-y-4" noValidate>
      <RequiredFieldsNote />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label={t('name')}
          required
          maxLength={100}
          autoComplete="off"
          defaultValue={values.name}
          errors={state.fieldErrors?.name}
        />
        <SelectField
          name="kind"
          label={t('kindLabel')}
          defaultValue={values.kind ?? 'DIRECTORY'}
          options={platformKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
          errors={state.fieldErrors?.kind}
        />
        <TextField
          name="homeUrl"
          type="url"
          label={t('homeUrl')}
          hint={t('homeUrlHint')}
          placeholder="https://"
          autoComplete="off"
          defaultValue={values.homeUrl}
          errors={state.fieldErrors?.homeUrl}
        />
        <TextField
          name="weight"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          step={1}
          label={t('weightLabel')}
          hint={t('weightHint')}
          defaultValue={values.weight ?? '3'}
          errors={state.fieldErrors?.weight}
        />
      </div>
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          name="hasRatings"
          defaultChecked={values.hasRatings === 'on'}
          className="accent-brand-600 size-5"
        />
        {t('hasRatings')}
      </label>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t('adding')}>{t('add')}</SubmitButton>
    </form>
  );
}
