'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { verificationScheduleValues, verificationSourceValues } from '@/lib/verification/schemas';
import type { VerificationSettings } from '@/lib/verification/verification-settings';

type Props = {
  /** Null: shown read-only (managers and staff see what the owners set). */
  action: ((previous: FormState, formData: FormData) => Promise<FormState>) | null;
  settings: VerificationSettings;
};

const optionClass =
  'has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-brand-300 flex items-start gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 has-[:focus-visible]:ring-2';
const inputClass = 'accent-brand-600 mt-0.5 size-5 shrink-0 focus:outline-none';

/** The sources, each with what it asks and stores, and how often every location is checked. */
export function VerificationSettingsForm({ action, settings }: Props) {
  const t = useTranslations('verification.settings');
  const [state, formAction, formKey] = useFormAction(action ?? (async () => ({ status: 'idle' })));
  const readOnly = action === null;
  return (
    <form key={formKey} action={formAction} className="space-y-6" noValidate>
      <fieldset disabled={readOnly} aria-describedby="verification-sources-hint">
        <legend className="text-base font-semibold text-slate-900">{t('sourcesLegend')}</legend>
        <p id="verification-sources-hint" className="mt-1 text-sm text-slate-600">
          {t('sourcesHint')}
        </p>
        <div className="mt-2 grid gap-2">
          {verificationSourceValues.map((source) => {
            const id = `verification-source-${source}`;
            const unavailable = source === 'GOOGLE' && !settings.googleConfigured;
            return (
              <div key={source} className={optionClass}>
                <input
                  id={id}
                  type="checkbox"
                  name="sources"
                  value={source}
                  defaultChecked={settings.sources.includes(source) && !unavailable}
                  disabled={unavailable}
                  aria-describedby={`${id}-description${unavailable ? ` ${id}-unavailable` : ''}`}
                  className={inputClass}
                />
                <div className="min-w-0 text-sm">
                  <label htmlFor={id} className="font-medium text-slate-900">
                    {t(`source.${source}.label`)}
                  </label>
                  <p id={`${id}-description`} className="text-slate-700">
                    {t(`source.${source}.description`)}
                  </p>
                  {unavailable && (
                    <p id={`${id}-unavailable`} className="mt-1 font-medium text-amber-900">
                      {t('source.GOOGLE.notConfigured')}
                    </p>
                  )}
                </div>
              </div>
            );
          })}
        </div>
        {state.fieldErrors?.sources?.map((error) => (
          <p key={error} className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        ))}
      </fieldset>
      <ScheduleChoice schedule={settings.schedule} readOnly={readOnly} errors={state.fieldErrors?.schedule} />
      {!readOnly && (
        <>
          <FormMessage state={state} />
          <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
        </>
      )}
    </form>
  );
}

function ScheduleChoice({
  schedule,
  readOnly,
  errors,
}: {
  schedule: VerificationSettings['schedule'];
  readOnly: boolean;
  errors?: string[];
}) {
  const t = useTranslations('verification.settings');
  return (
    <fieldset disabled={readOnly}>
      <legend className="text-base font-semibold text-slate-900">{t('scheduleLegend')}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {verificationScheduleValues.map((value) => {
          const id = `verification-schedule-${value}`;
          return (
            <div key={value} className={optionClass}>
              <input
                id={id}
                type="radio"
                name="schedule"
                value={value}
                defaultChecked={schedule === value}
                aria-describedby={`${id}-hint`}
                className={inputClass}
              />
              <div className="min-w-0 text-sm">
                <label htmlFor={id} className="font-medium text-slate-900">
                  {t(`schedule.${value}`)}
                </label>
                <p id={`${id}-hint`} className="text-slate-700">
                  {t(`scheduleHint.${value}`)}
                </p>
              </div>
            </div>
          );
        })}
      </div>
      {errors?.map((error) => (
        <p key={error} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </fieldset>
  );
}
