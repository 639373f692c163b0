import 'server-only';
import { db } from '@/lib/db/prisma';
import { formattingLocale } from '@/lib/i18n/formatting';
import { translatorFor } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import { platformKeyOfSource } from '@/lib/verification/runs/source-names';
import { listingAlertText, readListingAlertData } from './alert-text';

// The mail for one listing alert, in the recipient's language, linking to the location's checklist
// item. Run by the notification mail queue; a failed delivery throws so the queue retries it.
// Sent at most once: emailed_at is set after delivery and checked before.

export async function sendListingAlertEmail(
  notificationId: string,
): Promise<'sent' | 'skipped' | 'not-an-alert'> {
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      kind: true,
      data: true,
      emailedAt: true,
      organisation: { select: { name: true, slug: true } },
      member: { select: { user: { select: { email: true, name: true, locale: true, disabledAt: true } } } },
    },
  });
  if (notification && notification.kind !== 'LISTING_ALERT') return 'not-an-alert';
  const data = readListingAlertData(notification?.data);
  if (!notification || !data || notification.emailedAt || notification.member.user.disabledAt)
    return 'skipped';

  const { user } = notification.member;
  const t = translatorFor(user.locale, 'verification');
  const rating = new Intl.NumberFormat(formattingLocale(user.locale), { minimumFractionDigits: 1 });
  const platformKey = platformKeyOfSource[data.source];
  const link = await absoluteUrl(
    `/o/${notification.organisation.slug}/locations/${data.locationId}/listings${platformKey ? `#${platformKey}` : ''}`,
  );
  const values = { name: user.name, organisation: notification.organisation.name };
  const lines = [
    t('mail.greeting', values),
    '',
    t('mail.intro', values),
    listingAlertText(t, data, (value) => rating.format(value)),
    '',
    t('mail.link', { link }),
    '',
    t('mail.footer', values),
  ];
  const { delivered } = await sendMail({
    to: user.email,
    subject: t('mail.subject', { location: data.locationName, source: t(`sources.${data.source}`) }),
    text: lines.join('\n'),
  });
  if (!delivered) return 'skipped';
  await db.notification.update({ where: { id: notificationId }, data: { emailedAt: new Date() } });
  return 'sent';
}
