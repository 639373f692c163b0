'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ChoiceErrors, ChoiceOption } from '@/components/ui/choice-option';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { SwitchField } from '@/components/ui/switch-field';
import { TextareaField } from '@/components/ui/textarea';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import type { PublishedField } from '@/lib/generated/prisma/enums';
import { publishedFieldValues } from '@/lib/publishing/settings/schemas';

type Settings = { publicLocator: boolean; publishedFields: PublishedField[]; embedOrigins: string[] };

type Props = {
  /** Null: read-only (managers see what the owners set). */
  action: ((previous: FormState, formData: FormData) => Promise<FormState>) | null;
  settings: Settings;
};

/** The locator's switch, the fields it shows and the websites that may embed it. */
export function PublishingSettingsForm({ action, settings }: Props) {
  const t = useTranslations('publishingSettings');
  const [state, formAction, formKey] = useFormAction(action ?? (async () => ({ status: 'idle' })));
  const readOnly = action === null;
  // The ticked fields as last chosen, so a refused save (a bad address) keeps them.
  const [fields, setFields] = useState<string[]>(settings.publishedFields);
  const failed = state.status === 'error';
  const locatorOn =
    failed && state.values?.publicLocator ? state.values.publicLocator === 'on' : settings.publicLocator;
  const origins =
    failed && state.values ? (state.values.embedOrigins ?? '') : settings.embedOrigins.join('\n');
  const adjusted = state.status === 'success' ? state.result?.adjusted?.split('\n') : undefined;
  return (
    <form key={formKey} action={formAction} className="space-y-6" noValidate>
      <fieldset disabled={readOnly} className="-mt-4 border-b border-slate-200">
        <SwitchField
          name="publicLocator"
          label={t('locatorLabel')}
          hint={t('locatorHint')}
          checked={locatorOn}
          onLabel={t('on')}
          offLabel={t('off')}
          errors={state.fieldErrors?.publicLocator}
        />
      </fieldset>
      <FieldChoices
        readOnly={readOnly}
        chosen={fields}
        onToggle={(field, checked) =>
          setFields((chosen) => (checked ? [...chosen, field] : chosen.filter((each) => each !== field)))
        }
        errors={state.fieldErrors?.publishedFields}
      />
      <TextareaField
        name="embedOrigins"
        label={t('originsLabel')}
        hint={t('originsHint')}
        errors={state.fieldErrors?.embedOrigins}
        defaultValue={origins}
        disabled={readOnly}
        rows={4}
        spellCheck={false}
        autoCapitalize="none"
        autoCorrect="off"
      />
      {!readOnly && (
        <>
          <FormMessage state={state} focusOnSuccess />
          {adjusted && (
            <div className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-800">
              <p className="font-medium">{t('originsAdjusted')}</p>
              <ul className="mt-1 space-y-0.5 break-all">
                {adjusted.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
        </>
      )}
    </form>
  );
}

/** Each field as a card, between what is always public and what never is. */
function FieldChoices({
  readOnly,
  chosen,
  onToggle,
  errors,
}: {
  readOnly: boolean;
  chosen: string[];
  onToggle: (field: string, checked: boolean) => void;
  errors?: string[];
}) {
  const t = useTranslations('publishingSettings');
  return (
    <fieldset
      aria-describedby="published-fields-hint"
      onChange={(event) => {
        const box = event.target;
        if (box instanceof HTMLInputElement && box.name === 'publishedFields')
          onToggle(box.value, box.checked);
      }}
    >
      <legend className="text-base font-semibold text-slate-900">{t('fieldsLegend')}</legend>
      <p id="published-fields-hint" className="mt-1 text-sm text-slate-600">
        {t('fieldsHint')}
      </p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <ChoiceOption
          id="published-field-always"
          type="checkbox"
          name="alwaysPublic"
          value="always"
          defaultChecked
          disabled
          label={t('alwaysPublic')}
          hint={t('alwaysPublicHint')}
        />
        {publishedFieldValues.map((field) => (
          <ChoiceOption
            key={field}
            id={`published-field-${field}`}
            type="checkbox"
            name="publishedFields"
            value={field}
            defaultChecked={chosen.includes(field)}
            disabled={readOnly}
            label={t(`field.${field}.label`)}
            hint={t(`field.${field}.hint`)}
          />
        ))}
        <ChoiceOption
          id="published-field-never"
          type="checkbox"
          name="neverPublic"
          value="never"
          disabled
          label={t('neverPublic')}
          hint={t('neverPublicHint')}
        />
      </div>
      <ChoiceErrors errors={errors} />
    </fieldset>
  );
}
