import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { NotificationItem } from '@/lib/notifications/notifications';
import { MarkReadForm } from './mark-read-form';

type Props = {
  item: NotificationItem;
  /** What the notification says, as its link's text (and after "Als gelesen markieren:"). */
  label: string;
  /** Where it leads; plain text when there is nowhere to go. */
  href: string | null;
  /** Classes of the link beyond the shared ones (wrapping, an overdue colour). */
  linkClassName: string;
  timeZone: string;
  markReadAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Lines between the link and "Erhalten am …" (a reminder's week and locations). */
  children?: ReactNode;
};

/** One notification of any kind: unread badge, link, its own lines, when it came, and mark-as-read. */
export async function NotificationFrame({
  item,
  label,
  href,
  linkClassName,
  timeZone,
  markReadAction,
  children,
}: Props) {
  const t = await getTranslations('notifications');
  const format = await getAppFormatter();
  const unread = item.readAt === null;
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
          {href ? (
            <Link
              href={href}
              className={`text-brand-800 hover:underline ${unread ? 'font-semibold' : 'font-normal'} ${linkClassName}`}
            >
              {label}
            </Link>
          ) : (
            <span className="break-words text-slate-900">{label}</span>
          )}
        </p>
        {children}
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
