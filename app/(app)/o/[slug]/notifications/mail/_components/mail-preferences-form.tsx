'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { SwitchField } from '@/components/ui/switch-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

type Preferences = {
  weeklyDigestMail: boolean;
  monthlyReportMail: boolean;
  mayReceiveMonthlyReport: boolean;
};

/** The member's switches for the scheduled mails; the monthly report only for owners and managers. */
export function MailPreferencesForm({
  action,
  preferences,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  preferences: Preferences;
}) {
  const t = useTranslations('digest.preferences');
  const [state, formAction, formKey] = useFormAction(action);
  // After a refused save the switches show what was sent; otherwise what is stored.
  const checked = (field: 'weeklyDigestMail' | 'monthlyReportMail') =>
    state.status === 'error' && state.values?.[field] ? state.values[field] === 'on' : preferences[field];
  return (
    <form key={formKey} action={formAction} className="space-y-4" noValidate>
      <div className="divide-y divide-slate-200">
        <SwitchField
          name="weeklyDigestMail"
          label={t('weeklyDigest')}
          hint={t('weeklyDigestHint')}
          checked={checked('weeklyDigestMail')}
          onLabel={t('on')}
          offLabel={t('off')}
          errors={state.fieldErrors?.weeklyDigestMail}
        />
        {preferences.mayReceiveMonthlyReport && (
          <SwitchField
            name="monthlyReportMail"
            label={t('monthlyReport')}
            hint={t('monthlyReportHint')}
            checked={checked('monthlyReportMail')}
            onLabel={t('on')}
            offLabel={t('off')}
            errors={state.fieldErrors?.monthlyReportMail}
          />
        )}
      </div>
      <FormMessage state={state} focusOnSuccess />
      <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
    </form>
  );
}
