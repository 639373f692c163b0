import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/forms/form-state';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { NotificationItem } from '@/lib/notifications/notifications';
import { listingAlertText } from '@/lib/verification/alerts/alert-text';
import { platformKeyOfSource } from '@/lib/verification/runs/source-names';
import { MarkReadForm } from './mark-read-form';

type Props = {
  item: NotificationItem;
  slug: string;
  timeZone: string;
  markReadAction: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/**
 * A change an automatic check found ("OpenStreetMap zeigt für Backstube Nord jetzt abweichende
 * Angaben: Telefon"), linking to the location's checklist item, with when it came and mark-as-read.
 */
export async function ListingAlertEntry({ item, slug, timeZone, markReadAction }: Props) {
  const t = await getTranslations('notifications');
  const tVerification = await getTranslations('verification');
  const format = await getAppFormatter();
  const alert = item.listingAlert;
  const unread = item.readAt === null;
  const label = alert
    ? listingAlertText(tVerification as Parameters<typeof listingAlertText>[0], alert, (value) =>
        format.number(value, { minimumFractionDigits: 1 }),
      )
    : tVerification('notification.unknown');
  const platformKey = alert ? platformKeyOfSource[alert.source] : null;
  const href = alert
    ? `/o/${slug}/locations/${alert.locationId}/listings${platformKey ? `#${platformKey}` : ''}`
    : null;
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
              className={`text-brand-800 break-words hover:underline ${unread ? 'font-semibold' : ''}`}
            >
              {label}
            </Link>
          ) : (
            <span className="break-words text-slate-900">{label}</span>
          )}
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
