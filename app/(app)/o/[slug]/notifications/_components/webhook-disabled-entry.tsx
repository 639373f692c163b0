import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/forms/form-state';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { NotificationItem } from '@/lib/notifications/notifications';
import { MarkReadForm } from './mark-read-form';

type Props = {
  item: NotificationItem;
  slug: string;
  timeZone: string;
  markReadAction: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** A webhook endpoint switched off after 24 hours of failures, linking to the webhook settings. */
export async function WebhookDisabledEntry({ item, slug, timeZone, markReadAction }: Props) {
  const t = await getTranslations('notifications');
  const format = await getAppFormatter();
  const unread = item.readAt === null;
  const label = t('webhookDisabled', { url: item.webhook?.url ?? '' });
  return (
    <li
      className={`flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between ${unread ? '' : 'opacity-90'}`}
    >
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2">
          {unread && (
            <span className="bg-brand-50 text-brand-800 ring-brand-200 rounded-full px-2 py-0.5 text-xs font-semibold ring-1">
              {t('unread')}
            </span>
          )}
          <Link
            href={`/o/${slug}/settings/webhooks`}
            className={`text-brand-800 break-all hover:underline ${unread ? 'font-semibold' : ''}`}
          >
            {label}
          </Link>
        </p>
        <p className="text-xs text-slate-500">
          {t('receivedAt', {
            date: format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
          })}
        </p>
      </div>
      {unread && (
        <MarkReadForm
          notificationId={item.id}
          label={label}
          buttonText={t('markRead')}
          action={markReadAction}
        />
      )}
    </li>
  );
}
