import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/forms/form-state';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { NotificationItem } from '@/lib/notifications/notifications';
import { listingAlertText } from '@/lib/verification/alerts/alert-text';
import { platformKeyOfSource } from '@/lib/verification/runs/source-names';
import { NotificationFrame } from './notification-frame';

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
  const tVerification = await getTranslations('verification');
  const format = await getAppFormatter();
  const alert = item.listingAlert;
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
    <NotificationFrame
      item={item}
      label={label}
      href={href}
      linkClassName="break-words"
      timeZone={timeZone}
      markReadAction={markReadAction}
    />
  );
}
