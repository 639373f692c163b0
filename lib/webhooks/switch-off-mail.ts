import 'server-only';
import { fromPrisma } from 'pg-boss';
import { db, type Transaction } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { formattingLocale } from '@/lib/i18n/formatting';
import { translatorFor } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/mail/absolute-url';
import { sendMail } from '@/lib/mail/mailer';
import { webhookJobSender } from './job-sender';

// The mail to each owner when an endpoint is switched off after 24 hours of failures, beside the
// in-app notice (switch-off.ts): in the owner's language, once. A job per notice is queued in
// the transaction that switches the endpoint off (exclusive per notice, so never two), and the
// notice's emailed_at is set after sending and checked before, so a job run again sends nothing.

export const webhookDisabledMailQueue = 'send-webhook-disabled-mail';

type WebhookDisabledMailJob = { notificationId: string };

/** Queues the mails of fresh WEBHOOK_DISABLED notices (only when SMTP is configured). */
export async function queueWebhookDisabledMails(tx: Transaction, notificationIds: string[]) {
  if (notificationIds.length === 0 || !env().SMTP_URL) return;
  const boss = await webhookJobSender();
  await boss.insert(
    webhookDisabledMailQueue,
    notificationIds.map((id) => ({
      data: { notificationId: id } satisfies WebhookDisabledMailJob,
      singletonKey: id,
    })),
    { db: fromPrisma(tx) },
  );
}

export async function sendWebhookDisabledMail(notificationId: string): Promise<'sent' | 'skipped'> {
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      kind: true,
      data: true,
      emailedAt: true,
      createdAt: true,
      organisation: { select: { name: true, slug: true, timeZone: true } },
      member: { select: { user: { select: { email: true, name: true, locale: true, disabledAt: true } } } },
    },
  });
  if (!notification || notification.kind !== 'WEBHOOK_DISABLED' || notification.emailedAt) return 'skipped';
  const { user } = notification.member;
  if (user.disabledAt) return 'skipped';
  const url = String((notification.data as { url?: unknown } | null)?.url ?? '');
  const t = translatorFor(user.locale, 'webhooks.disabledMail');
  const organisation = notification.organisation;
  const when = new Intl.DateTimeFormat(formattingLocale(user.locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: organisation.timeZone,
  }).format(notification.createdAt);
  const link = await absoluteUrl(`/o/${organisation.slug}/settings/webhooks`);
  const values = { name: user.name, organisation: organisation.name, url, when };
  const { delivered } = await sendMail({
    to: user.email,
    subject: t('subject', values),
    text: [
      t('greeting', values),
      '',
      t('intro', values),
      `  ${url}`,
      '',
      t('what', values),
      '',
      t('link', { link }),
      '',
      t('footer', values),
    ].join('\n'),
  });
  if (!delivered) return 'skipped';
  await db.notification.update({ where: { id: notificationId }, data: { emailedAt: new Date() } });
  return 'sent';
}
