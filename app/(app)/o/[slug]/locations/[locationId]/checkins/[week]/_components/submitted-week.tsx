import { getTranslations } from 'next-intl/server';
import { CheckInSummary } from '@/components/checkins/check-in-summary';
import { LoggedTime } from '@/components/checkins/logged-time';
import type { CheckInForm } from '@/lib/checkins/form';
import type { FormState } from '@/lib/forms/form-state';
import { ReopenForm } from './reopen-form';

type SubmittedCheckIn = NonNullable<CheckInForm['checkIn']>;

/** A submitted week: its summary, the time logged, and "Wieder öffnen" for those who may. */
export async function SubmittedWeek({
  form,
  checkIn,
  reopen,
}: {
  form: CheckInForm;
  checkIn: SubmittedCheckIn;
  reopen: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations('checkins');
  return (
    <div className="max-w-2xl space-y-4">
      <CheckInSummary
        checkIn={checkIn}
        platformNames={new Map(form.platforms.map((platform) => [platform.id, platform.name]))}
        loggedMinutes={form.loggedMinutes}
        timeZone={form.timeZone}
      />
      <LoggedTime entries={form.loggedTime} />
      {form.canReopen && <ReopenForm action={reopen} label={t('form.reopen')} />}
    </div>
  );
}
