'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { activities } from '@/lib/checkins/activities';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { LocationSelect, type LocationOption } from './location-select';

type Option = { id: string; name: string };

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Today and the oldest loggable day, in the organisation's time zone (YYYY-MM-DD). */
  today: string;
  oldest: string;
  locations: LocationOption[];
  /** Set when the list of locations was cut off at this many. */
  truncatedAt?: number;
  platforms: Option[];
  /** Managers may log for others; staff get no choice. */
  members?: Option[];
  defaults: { locationId: string; platformId: string; activity: string; membershipId?: string };
};

const quickMinutes = [15, 30, 60];

/** Logs time in a few taps on a phone: the choices default to the member's last entry. */
export function QuickLogForm({
  action,
  today,
  oldest,
  locations,
  truncatedAt,
  platforms,
  members,
  defaults,
}: Props) {
  const t = useTranslations('timeEntries');
  const [state, formAction, formKey] = useFormAction(action);
  const value = (field: string, fallback = '') => state.values?.[field] ?? fallback;
  const errors = (field: string) => state.fieldErrors?.[field];

  return (
    <form key={formKey} action={formAction} noValidate className="space-y-5">
      <RequiredFieldsNote />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="date"
          type="date"
          label={t('form.date')}
          defaultValue={value('date', today)}
          max={today}
          min={oldest}
          required
          errors={errors('date')}
        />
        <LocationSelect
          label={t('form.location')}
          groupLabels={{ mine: t('form.myLocations'), others: t('form.otherLocations') }}
          options={locations}
          defaultValue={value('locationId', defaults.locationId)}
          errors={errors('locationId')}
          hint={truncatedAt ? t('form.truncated', { count: truncatedAt }) : undefined}
        />
        <SelectField
          name="platformId"
          label={t('form.platform')}
          options={platforms.map((platform) => ({ value: platform.id, label: platform.name }))}
          defaultValue={value('platformId', defaults.platformId)}
          errors={errors('platformId')}
        />
        {members && (
          <SelectField
            name="membershipId"
            label={t('form.member')}
            options={members.map((member) => ({ value: member.id, label: member.name }))}
            defaultValue={value('membershipId', defaults.membershipId)}
            errors={errors('membershipId')}
          />
        )}
      </div>

      <ActivityChoice checked={value('activity', defaults.activity)} errors={errors('activity')} />

      <div className="grid gap-4 sm:grid-cols-2">
        <MinutesField defaultValue={value('minutes')} errors={errors('minutes')} />
        <TextField
          name="note"
          label={t('form.note')}
          maxLength={500}
          defaultValue={value('note')}
          errors={errors('note')}
        />
      </div>

      <FormMessage state={state} />
      <SubmitButton pendingLabel={t('form.pending')} className="w-full sm:w-auto">
        {t('form.submit')}
      </SubmitButton>
    </form>
  );
}

/** The activity as large radio buttons, two or three a row. */
function ActivityChoice({ checked, errors }: { checked: string; errors: string[] | undefined }) {
  const t = useTranslations('timeEntries');
  return (
    <fieldset aria-describedby={errors ? 'activity-error' : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t('form.activity')}</legend>
      <div className="mt-2 grid grid-cols-1 gap-2 min-[400px]:grid-cols-2 lg:grid-cols-3">
        {activities.map((activity) => (
          <label
            key={activity}
            className="has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-brand-600 flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-900 has-focus-visible:outline-2 has-focus-visible:outline-offset-2"
          >
            <input
              type="radio"
              name="activity"
              value={activity}
              defaultChecked={checked === activity}
              className="accent-brand-600 size-5 shrink-0"
            />
            {t(`activities.${activity}`)}
          </label>
        ))}
      </div>
      {errors?.map((error) => (
        <p key={error} id="activity-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ))}
    </fieldset>
  );
}

/** Minutes typed, or set with one tap on 15, 30 or 60. */
function MinutesField({ defaultValue, errors }: { defaultValue: string; errors: string[] | undefined }) {
  const t = useTranslations('timeEntries');
  const minutesRef = useRef<HTMLInputElement>(null);
  return (
    <div>
      <TextField
        ref={minutesRef}
        name="minutes"
        label={t('form.minutes')}
        required
        hint={t('form.minutesHint')}
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        defaultValue={defaultValue}
        errors={errors}
      />
      <div role="group" aria-label={t('form.quickMinutes')} className="mt-2 flex gap-2">
        {quickMinutes.map((minutes) => (
          <button
            key={minutes}
            type="button"
            aria-label={t('form.setMinutes', { minutes })}
            onClick={() => {
              if (minutesRef.current) minutesRef.current.value = String(minutes);
            }}
            className="min-h-11 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50"
          >
            {minutes}
          </button>
        ))}
      </div>
    </div>
  );
}
