import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/forms/form-state';
import type { NotificationItem } from '@/lib/notifications/notifications';
import { NotificationFrame } from './notification-frame';

type Props = {
  item: NotificationItem;
  slug: string;
  timeZone: string;
  markReadAction: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** A webhook endpoint switched off after 24 hours of failures, linking to the webhook settings. */
export async function WebhookDisabledEntry({ item, slug, timeZone, markReadAction }: Props) {
  const t = await getTranslations('notifications');
  const label = t('webhookDisabled', { url: item.webhook?.url ?? '' });
  return (
    <NotificationFrame
      item={item}
      label={label}
      href={`/o/${slug}/settings/webhooks`}
      linkClassName="break-all"
      timeZone={timeZone}
      markReadAction={markReadAction}
    />
  );
}
