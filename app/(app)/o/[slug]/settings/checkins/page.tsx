import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { isGroupLimited } from '@/lib/access/location-scope';
import { getCheckInSchedule } from '@/lib/reminders/check-in-schedule';
import { nextReminderAt } from '@/lib/reminders/next-reminder';
import { supportedTimeZones } from '@/lib/reminders/schemas';
import { updateCheckInScheduleAction } from './_actions/update-check-in-schedule';
import { CheckInScheduleForm } from './_components/check-in-schedule-form';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications.schedule'))('title') };
}

/** The organisation's check-in day, reminder hour and time zone (managers and owners). */
export default async function CheckInScheduleSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'MANAGER');
  // The schedule is the organisation's: not for managers limited to location groups.
  if (isGroupLimited(member)) notFound();
  const schedule = await getCheckInSchedule(member);
  const t = await getTranslations('notifications.schedule');
  const format = await getAppFormatter();
  const next = format.dateTime(nextReminderAt(schedule), {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: schedule.timeZone,
  });
  const timeZones = supportedTimeZones();

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Card>
        <p className="mb-5 font-medium text-slate-900" role="status" data-testid="next-reminder">
          {t('nextReminder', { date: next, timeZone: schedule.timeZone })}
        </p>
        <CheckInScheduleForm
          action={updateCheckInScheduleAction.bind(null, slug)}
          schedule={schedule}
          timeZones={timeZones.includes(schedule.timeZone) ? timeZones : [schedule.timeZone, ...timeZones]}
        />
      </Card>
    </>
  );
}
