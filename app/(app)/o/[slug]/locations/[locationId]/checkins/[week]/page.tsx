import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { getCheckInForm } from '@/lib/checkins/form';
import { isoWeekSchema } from '@/lib/checkins/schemas';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { currentIsoWeek, formatIsoWeek, type IsoWeek } from '@/lib/weeks/iso-week';
import { reopenCheckInAction } from './_actions/reopen-check-in';
import { saveCheckInDraftAction } from './_actions/save-check-in-draft';
import { submitCheckInAction } from './_actions/submit-check-in';
import { CheckInHeader } from './_components/check-in-header';
import { OpenWeek } from './_components/open-week';
import { SubmittedWeek } from './_components/submitted-week';

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
  const current = currentIsoWeek(form.timeZone);
  const canonical = formatIsoWeek(week);
  const base = `/o/${slug}/locations/${form.location.id}`;
  const hrefFor = (other: IsoWeek) => `${base}/checkins/${formatIsoWeek(other)}`;
  const checkIn = form.checkIn;
  const header = <CheckInHeader slug={slug} form={form} week={week} current={current} hrefFor={hrefFor} />;

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
        <SubmittedWeek
          form={form}
          checkIn={checkIn}
          reopen={reopenCheckInAction.bind(null, slug, form.location.id, canonical)}
        />
      </>
    );
  }

  return (
    <>
      {header}
      <OpenWeek
        form={form}
        base={base}
        actions={{
          saveDraft: saveCheckInDraftAction.bind(null, slug, form.location.id, canonical),
          submit: submitCheckInAction.bind(null, slug, form.location.id, canonical),
        }}
      />
    </>
  );
}
