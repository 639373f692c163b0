import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CheckInForm } from '@/components/checkins/check-in-form';
import { CheckInStatusBadge } from '@/components/checkins/check-in-status-badge';
import { CheckInSummary } from '@/components/checkins/check-in-summary';
import { LoggedTime } from '@/components/checkins/logged-time';
import { WeekSwitcher } from '@/components/checkins/week-switcher';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { formValuesOf, getCheckInForm } from '@/lib/checkins/form';
import { isoWeekSchema } from '@/lib/checkins/schemas';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { currentIsoWeek, formatIsoWeek, type IsoWeek } from '@/lib/weeks/iso-week';
import { reopenCheckInAction } from './_actions/reopen-check-in';
import { saveCheckInDraftAction } from './_actions/save-check-in-draft';
import { submitCheckInAction } from './_actions/submit-check-in';
import { ReopenForm } from './_components/reopen-form';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

type Props = { params: Promise<{ slug: string; locationId: string; week: string }> };

function parseWeek(text: string) {
  const week = isoWeekSchema.safeParse(text);
  if (!week.success) notFound();
  return week.data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('checkins.form');
  return { title: t('title', { week: formatIsoWeek(parseWeek((await params).week)) }) };
}

/** One location's check-in of one ISO week (/…/checkins/2026-W48): the form, or the submitted week. */
export default async function CheckInPage({ params }: Props) {
  const { slug, locationId, week: weekText } = await params;
  const week = parseWeek(weekText);
  const member = await requireMember(slug);
  const form = await findOrNotFound(getCheckInForm(member, locationId, week));
  const t = await getTranslations('checkins');
  const format = await getAppFormatter();
  const current = currentIsoWeek(form.timeZone);
  const canonical = formatIsoWeek(week);
  const base = `/o/${slug}/locations/${form.location.id}`;
  const hrefFor = (other: IsoWeek) => `${base}/checkins/${formatIsoWeek(other)}`;
  const checkIn = form.checkIn;
  const status = checkIn?.status ?? 'NOT_STARTED';

  const header = (
    <>
      <p className="mb-3 flex flex-wrap gap-x-4 gap-y-1">
        <Link href={base} className="text-brand-700 text-sm font-medium hover:underline">
          ← {form.location.name}
        </Link>
        <Link
          href={`/o/${slug}/checkins?week=${canonical}`}
          className="text-brand-700 text-sm font-medium hover:underline"
        >
          {t('form.toOverview')}
        </Link>
      </p>
      <header className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{form.location.name}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>{t('form.title', { week: canonical })}</span>
          <CheckInStatusBadge status={status} />
        </p>
      </header>
      <WeekSwitcher week={week} current={current} hrefFor={hrefFor} />
    </>
  );

  if (form.isFuture) {
    return (
      <>
        {header}
        <EmptyState
          title={t('form.futureTitle')}
          text={t('form.futureText')}
          action={<ButtonLink href={hrefFor(current)}>{t('form.toCurrentWeek')}</ButtonLink>}
        />
      </>
    );
  }

  if (checkIn?.status === 'SUBMITTED') {
    return (
      <>
        {header}
        <div className="max-w-2xl space-y-4">
          <CheckInSummary
            checkIn={checkIn}
            platformNames={new Map(form.platforms.map((platform) => [platform.id, platform.name]))}
            loggedMinutes={form.loggedMinutes}
            timeZone={form.timeZone}
          />
          <LoggedTime entries={form.loggedTime} />
          {form.canReopen && (
            <ReopenForm
              action={reopenCheckInAction.bind(null, slug, form.location.id, canonical)}
              label={t('form.reopen')}
            />
          )}
        </div>
      </>
    );
  }

  const ticked = new Set(checkIn?.recheckedPlatformIds ?? []);
  return (
    <>
      {header}
      <div className="max-w-2xl">
        {checkIn?.reopenedAt && (
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
        )}
        <CheckInForm
          saveDraft={saveCheckInDraftAction.bind(null, slug, form.location.id, canonical)}
          submit={submitCheckInAction.bind(null, slug, form.location.id, canonical)}
          initial={formValuesOf(form)}
          savedAt={checkIn?.updatedAt.toISOString() ?? null}
          platforms={form.platforms.map(({ id, name }) => ({ id, name }))}
          recheckPlatforms={form.platforms
            .filter((platform) => platform.listed || ticked.has(platform.id))
            .map(({ id, name }) => ({ id, name }))}
          loggedMinutes={form.loggedMinutes}
          timeZone={form.timeZone}
          confirmTitle={t('form.confirm.title', { week: week.week, location: form.location.name })}
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
        </CheckInForm>
      </div>
    </>
  );
}
