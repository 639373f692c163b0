'use client';

import { useTranslations } from 'next-intl';
import { ChoiceOption } from '@/components/ui/choice-option';
import { RequiredMark } from '@/components/ui/field-label';
import { businessTypes } from '@/lib/listings/business-types';

/**
 * The kinds of business as radio cards, each with examples, for the onboarding form. Nothing is
 * chosen beforehand: the choice decides which platforms the organisation starts with.
 */
export function BusinessTypeChoice({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  const t = useTranslations('businessTypes');
  const hintId = 'business-type-hint';
  const errorId = errors?.length ? 'business-type-error' : undefined;
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}>
      <legend className="flex items-baseline gap-1 text-sm font-medium text-slate-800">
        {t('form.legend')}
        <RequiredMark />
      </legend>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {t('form.hint')}
      </p>
      <div className="mt-2 grid gap-2">
        {businessTypes.map((type) => {
          const id = `business-type-${type}`;
          return (
            <ChoiceOption
              key={type}
              id={id}
              type="radio"
              name="businessType"
              value={type}
              required
              defaultChecked={defaultValue === type}
              label={t(`label.${type}`)}
              hint={t(`examples.${type}`)}
            />
          );
        })}
      </div>
      {errors?.map((error) => (
        <p key={error} id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </fieldset>
  );
}
