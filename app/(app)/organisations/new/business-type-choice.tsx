'use client';

import { useTranslations } from 'next-intl';
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
            <div
              key={type}
              className="has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-brand-300 relative flex items-start gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 has-[:focus-visible]:ring-2"
            >
              <input
                id={id}
                type="radio"
                name="businessType"
                value={type}
                required
                defaultChecked={defaultValue === type}
                aria-describedby={`${id}-examples`}
                className="accent-brand-600 relative z-10 mt-0.5 size-5 shrink-0 focus:outline-none"
              />
              <div className="min-w-0">
                {/* The whole card selects: the label's ::after covers it. */}
                <label
                  htmlFor={id}
                  className="cursor-pointer font-medium text-slate-900 after:absolute after:inset-0 after:content-['']"
                >
                  {t(`label.${type}`)}
                </label>
                <p id={`${id}-examples`} className="text-sm text-slate-600">
                  {t(`examples.${type}`)}
                </p>
              </div>
            </div>
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
