import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/forms/form-state';
import type { NotificationItem } from '@/lib/notifications/notifications';
import { addDaysToDate, formatIsoWeek, toUtcDate } from '@/lib/weeks/iso-week';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { ListingAlertEntry } from './listing-alert-entry';
import { NotificationFrame } from './notification-frame';
import { WebhookDisabledEntry } from './webhook-disabled-entry';

const namedLocationsShown = 5;

type Props = {
  items: NotificationItem[];
  slug: string;
  timeZone: string;
  markReadAction: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** Reminders and listing alerts, newest first: unread ones stand out and can be marked read one by one. */
export function NotificationList({ items, slug, timeZone, markReadAction }: Props) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) =>
        item.kind === 'LISTING_ALERT' ? (
          <ListingAlertEntry
            key={item.id}
            item={item}
            slug={slug}
            timeZone={timeZone}
            markReadAction={markReadAction}
          />
        ) : item.kind === 'WEBHOOK_DISABLED' ? (
          <WebhookDisabledEntry
            key={item.id}
            item={item}
            slug={slug}
            timeZone={timeZone}
            markReadAction={markReadAction}
          />
        ) : (
          <NotificationEntry
            key={item.id}
            item={item}
            slug={slug}
            timeZone={timeZone}
            markReadAction={markReadAction}
          />
        ),
      )}
    </ul>
  );
}

/** One reminder: what it is about and its week, the locations it names, when it came, and mark-as-read. */
async function NotificationEntry({
  item,
  slug,
  timeZone,
  markReadAction,
}: Omit<Props, 'items'> & { item: NotificationItem }) {
  const t = await getTranslations('notifications');
  const format = await getAppFormatter();
  const day = (date: string) => format.dateTime(toUtcDate(date), { dateStyle: 'medium', timeZone: 'UTC' });
  const unread = item.readAt === null;
  const names = item.data.locations.slice(0, namedLocationsShown).map((location) => location.name);
  const more = item.data.locationCount - names.length;
  // Every location of the reminder has been submitted since: it says so instead of "0 open".
  const settled = item.data.locationCount === 0;
  const label = settled
    ? t('allSubmitted', { week: item.week.week })
    : t(`kind.${item.kind}`, { week: item.week.week, count: item.data.locationCount });
  return (
    <NotificationFrame
      item={item}
      label={label}
      href={`/o/${slug}/checkins?week=${formatIsoWeek(item.week)}`}
      linkClassName={item.kind === 'CHECKIN_OVERDUE' && unread && !settled ? 'text-red-800' : ''}
      timeZone={timeZone}
      markReadAction={markReadAction}
    >
      <p className="text-sm text-slate-600">
        {t('weekDates', {
          week: item.week.week,
          year: item.week.year,
          from: day(item.weekStart),
          to: day(addDaysToDate(item.weekStart, 6)),
        })}
      </p>
      {names.length > 0 && (
        <p className="text-sm break-words text-slate-700">
          {names.join(', ')}
          {more > 0 && ` ${t('moreLocations', { count: more })}`}
        </p>
      )}
    </NotificationFrame>
  );
}
