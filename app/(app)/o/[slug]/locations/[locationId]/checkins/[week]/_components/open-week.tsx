import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { CheckInForm as CheckInFormView } from '@/components/checkins/check-in-form';
import { LoggedTime } from '@/components/checkins/logged-time';
import { formValuesOf, type CheckInForm } from '@/lib/checkins/form';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

type FormActions = Pick<ComponentProps<typeof CheckInFormView>, 'saveDraft' | 'submit'>;

/** A week still open: who reopened it (if someone did), and the form with the time logged. */
export async function OpenWeek({
  form,
  base,
  actions,
}: {
  form: CheckInForm;
  base: string;
  actions: FormActions;
}) {
  const t = await getTranslations('checkins');
  const checkIn = form.checkIn;
  const ticked = new Set(checkIn?.recheckedPlatformIds ?? []);
  return (
    <div className="max-w-2xl">
      <ReopenedNotice form={form} />
      <CheckInFormView
        saveDraft={actions.saveDraft}
        submit={actions.submit}
        initial={formValuesOf(form)}
        savedAt={checkIn?.updatedAt.toISOString() ?? null}
        platforms={form.platforms.map(({ id, name }) => ({ id, name }))}
        recheckPlatforms={form.platforms
          .filter((platform) => platform.listed || ticked.has(platform.id))
          .map(({ id, name }) => ({ id, name }))}
        loggedMinutes={form.loggedMinutes}
        timeZone={form.timeZone}
        confirmTitle={t('form.confirm.title', { week: form.week.week, location: form.location.name })}
      >
        <LoggedTime entries={form.loggedTime} />
        {form.platforms.every((platform) => !platform.listed) && (
          <p className="text-sm text-slate-600">
            {t('form.noListings')}{' '}
            <Link href={`${base}/listings`} className="text-brand-700 font-medium hover:underline">
              {t('form.toChecklist')}
            </Link>
          </p>
        )}
      </CheckInFormView>
    </div>
  );
}

/** "Wieder geöffnet von … am …" above the form of a reopened week. */
async function ReopenedNotice({ form }: { form: CheckInForm }) {
  const checkIn = form.checkIn;
  if (!checkIn?.reopenedAt) return null;
  const t = await getTranslations('checkins');
  const format = await getAppFormatter();
  return (
    <p className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {t('form.reopenedBy', {
        name: checkIn.reopenedBy ?? '–',
        date: format.dateTime(checkIn.reopenedAt, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: form.timeZone,
        }),
      })}
    </p>
  );
}
