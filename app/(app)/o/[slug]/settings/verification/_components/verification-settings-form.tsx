'use client';

import { useTranslations } from 'next-intl';
import { ChoiceErrors, ChoiceOption } from '@/components/ui/choice-option';
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
              <ChoiceOption
                key={source}
                id={id}
                type="checkbox"
                name="sources"
                value={source}
                defaultChecked={settings.sources.includes(source) && !unavailable}
                disabled={unavailable}
                label={t(`source.${source}.label`)}
                hint={t(`source.${source}.description`)}
                describedBy={unavailable ? `${id}-unavailable` : undefined}
              >
                {unavailable && (
                  <p id={`${id}-unavailable`} className="mt-1 font-medium text-amber-900">
                    {t('source.GOOGLE.notConfigured')}
                  </p>
                )}
              </ChoiceOption>
            );
          })}
        </div>
        <ChoiceErrors errors={state.fieldErrors?.sources} />
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
            <ChoiceOption
              key={value}
              id={id}
              type="radio"
              name="schedule"
              value={value}
              defaultChecked={schedule === value}
              label={t(`schedule.${value}`)}
              hint={t(`scheduleHint.${value}`)}
            />
          );
        })}
      </div>
      <ChoiceErrors errors={errors} />
    </fieldset>
  );
}
