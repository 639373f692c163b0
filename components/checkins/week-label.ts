import 'server-only';
import { getTranslations } from 'next-intl/server';
import { addDaysToDate, toUtcDate, weekStartOf, type IsoWeek } from '@/lib/weeks/iso-week';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

/** "KW 48 · 23.–29. Nov. 2026": the week number and its dates. */
export async function weekLabel(week: IsoWeek) {
  const [t, format] = await Promise.all([getTranslations('checkins.week'), getAppFormatter()]);
  const monday = weekStartOf(week);
  const range = format.dateTimeRange(toUtcDate(monday), toUtcDate(addDaysToDate(monday, 6)), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return t('label', { week: week.week, range });
}
