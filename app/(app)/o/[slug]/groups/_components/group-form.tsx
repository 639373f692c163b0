'use client';

import { useTranslations } from 'next-intl';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { ChoiceErrors, ChoiceOption } from '@/components/ui/choice-option';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { locationGroupKinds, locationGroupRuleFields } from '@/lib/location-groups/schemas';

export type GroupFormValues = {
  name: string;
  kind: string;
  mode: 'hand' | 'rule';
  ruleField: string;
  ruleValue: string;
};

/**
 * Name, kind and how locations belong: by hand, or by a rule (field and value). The rule's fields
 * are hidden by CSS while "by hand" is chosen; nothing else needs script.
 */
export function GroupForm({
  action,
  initial,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: GroupFormValues;
  submitLabel: string;
}) {
  const t = useTranslations('locationGroups');
  const [state, formAction, formKey] = useFormAction(action);
  const values = state.status === 'error' ? { ...initial, ...state.values } : initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="group/form space-y-4" noValidate key={formKey}>
      <RequiredFieldsNote />
      <TextField
        name="name"
        label={t('name')}
        hint={t('nameHint')}
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={values.name}
        errors={errors.name}
        className="max-w-xl"
      />
      <SelectField
        name="kind"
        label={t('kind')}
        defaultValue={values.kind}
        options={locationGroupKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        errors={errors.kind}
        className="max-w-xs"
      />
      <ModeFieldset selected={values.mode} errors={errors.mode} />
      <div className="grid gap-4 group-has-[#group-mode-hand:checked]/form:hidden sm:grid-cols-[16rem_1fr]">
        <SelectField
          name="ruleField"
          label={t('ruleField')}
          defaultValue={values.ruleField || 'CITY'}
          options={locationGroupRuleFields.map((field) => ({
            value: field,
            label: t(`ruleFields.${field}`),
          }))}
          errors={errors.ruleField}
        />
        <TextField
          name="ruleValue"
          label={t('ruleValue')}
          hint={t('ruleValueHint')}
          maxLength={100}
          autoComplete="off"
          defaultValue={values.ruleValue}
          errors={errors.ruleValue}
          className="max-w-xl"
        />
      </div>
      <FormMessage state={state} focusOnSuccess />
      <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
    </form>
  );
}

/** By hand or by a rule, as two large options. */
function ModeFieldset({ selected, errors }: { selected: 'hand' | 'rule'; errors?: string[] }) {
  const t = useTranslations('locationGroups');
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-900">{t('modeLegend')}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {(['hand', 'rule'] as const).map((mode) => {
          const id = `group-mode-${mode}`;
          const label = mode === 'hand' ? t('modeHand') : t('modeRule');
          const hint = mode === 'hand' ? t('modeHandHint') : t('modeRuleHint');
          return (
            <ChoiceOption
              key={mode}
              id={id}
              type="radio"
              name="mode"
              value={mode}
              defaultChecked={selected === mode}
              label={label}
              hint={hint}
            />
          );
        })}
      </div>
      <ChoiceErrors errors={errors} />
    </fieldset>
  );
}
