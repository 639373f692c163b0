import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import { addDaysToDate, toUtcDate, weekStartOf, type IsoWeek } from '@/lib/weeks/iso-week';

/** "KW 48 · 23.–29. Nov. 2026": the week number and its dates. */
export async function weekLabel(week: IsoWeek) {
  const [t, format] = await Promise.all([getTranslations('checkins.week'), getFormatter()]);
  const monday = weekStartOf(week);
  const range = format.dateTimeRange(toUtcDate(monday), toUtcDate(addDaysToDate(monday, 6)), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return t('label', { week: week.week, range });
}
