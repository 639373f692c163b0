'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { CheckInSchedule } from '@/lib/checkins/deadlines';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

const weekdays = [1, 2, 3, 4, 5, 6, 7];
const hours = Array.from({ length: 24 }, (_, hour) => hour);

export function CheckInScheduleForm({
  action,
  schedule,
  timeZones,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  schedule: CheckInSchedule;
  timeZones: string[];
}) {
  const t = useTranslations('notifications.schedule');
  const [state, formAction, formKey] = useFormAction(action);
  const value = (field: keyof CheckInSchedule) =>
    state.status === 'error' ? state.values?.[field] : String(schedule[field]);
  return (
    <form key={formKey} action={formAction} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="checkinWeekday"
          label={t('weekday')}
          defaultValue={value('checkinWeekday')}
          errors={state.fieldErrors?.checkinWeekday}
          options={weekdays.map((day) => ({ value: String(day), label: t(`weekdays.${day}`) }))}
        />
        <SelectField
          name="reminderHour"
          label={t('reminderHour')}
          defaultValue={value('reminderHour')}
          errors={state.fieldErrors?.reminderHour}
          options={hours.map((hour) => ({
            value: String(hour),
            label: t('hourOption', { hour: String(hour).padStart(2, '0') }),
          }))}
        />
        <div>
          <SelectField
            name="timeZone"
            label={t('timeZone')}
            defaultValue={value('timeZone')}
            errors={state.fieldErrors?.timeZone}
            // The hint, and the error when there is one (SelectField's own reference is replaced).
            aria-describedby={
              state.fieldErrors?.timeZone ? 'time-zone-hint field-timeZone-error' : 'time-zone-hint'
            }
            options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
          />
          <p id="time-zone-hint" className="mt-1 text-sm text-slate-600">
            {t('timeZoneHint')}
          </p>
        </div>
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
    </form>
  );
}
