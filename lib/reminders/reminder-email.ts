import 'server-only';
import { db } from '@/lib/db/prisma';
import { formattingLocale } from '@/lib/i18n/formatting';
import { translatorFor } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import { addDaysToDate, formatIsoWeek, isoWeekOfMonday, toPlainDate, toUtcDate } from '@/lib/weeks/iso-week';
import { readNotificationData } from './notification-data';

// The mail for one reminder notification, in the recipient's language, linking to the week's
// check-ins. Run by the job queue; a failed delivery throws so the queue retries it. Sent at most
// once: emailed_at is set after delivery and checked before.

export async function sendReminderEmail(notificationId: string): Promise<'sent' | 'skipped'> {
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      kind: true,
      weekStart: true,
      data: true,
      emailedAt: true,
      organisation: { select: { name: true, slug: true } },
      member: { select: { user: { select: { email: true, name: true, locale: true, disabledAt: true } } } },
    },
  });
  if (!notification || notification.emailedAt || notification.member.user.disabledAt) return 'skipped';

  const { user } = notification.member;
  const weekStart = toPlainDate(notification.weekStart);
  const week = isoWeekOfMonday(weekStart);
  const { locationCount, locations } = readNotificationData(notification.data);
  const t = translatorFor(user.locale, 'notifications.mail');
  const dateFormat = new Intl.DateTimeFormat(formattingLocale(user.locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  const values = {
    name: user.name,
    week: week.week,
    year: week.year,
    from: dateFormat.format(toUtcDate(weekStart)),
    to: dateFormat.format(toUtcDate(addDaysToDate(weekStart, 6))),
    organisation: notification.organisation.name,
    count: locationCount,
  };
  const overdue = notification.kind === 'CHECKIN_OVERDUE';
  const link = await absoluteUrl(
    `/o/${notification.organisation.slug}/checkins?week=${encodeURIComponent(formatIsoWeek(week))}`,
  );
  const lines = [
    t('greeting', values),
    '',
    t(overdue ? 'overdueIntro' : 'dueIntro', values),
    ...locations.map((location) => `- ${location.name}`),
    ...(locationCount > locations.length
      ? [t('moreLocations', { count: locationCount - locations.length })]
      : []),
    '',
    t('link', { link }),
    '',
    t('footer', values),
  ];
  const { delivered } = await sendMail({
    to: user.email,
    subject: t(overdue ? 'overdueSubject' : 'dueSubject', values),
    text: lines.join('\n'),
  });
  if (!delivered) return 'skipped';
  await db.notification.update({ where: { id: notificationId }, data: { emailedAt: new Date() } });
  return 'sent';
}
