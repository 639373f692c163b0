import type { getTranslations } from 'next-intl/server';
import type { AppFormatter } from '@/lib/i18n/formatting';
import { holidayOn, type HolidayRegion } from '@/lib/publishing/holiday-hours/public-holidays';

// A choice or batch as the page reads it: its period ("Fronleichnam (Thu, 27 May 2027)",
// "24 Dec 2027 to 26 Dec 2027") and its hours ("closed", "08:00–12:00").

type Translator = Awaited<ReturnType<typeof getTranslations<'holidayHours'>>>;

export const formatDay = (format: AppFormatter, date: string) =>
  format.dateTime(new Date(`${date}T12:00:00Z`), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

type Period = {
  startDate: string;
  endDate: string;
  holidayRegion: string | null;
  holidayName: string | null;
};

export function periodText(t: Translator, format: AppFormatter, locale: string, period: Period) {
  if (period.holidayRegion && period.holidayName) {
    const name =
      holidayOn(period.holidayRegion as HolidayRegion, period.startDate, locale === 'en' ? 'en' : 'de')
        ?.name ?? period.holidayName;
    return t('holidayPeriod', { name, date: formatDay(format, period.startDate) });
  }
  if (period.startDate === period.endDate)
    return t('periodDay', { date: formatDay(format, period.startDate) });
  return t('periodRangeText', {
    start: formatDay(format, period.startDate),
    end: formatDay(format, period.endDate),
  });
}

export function hoursText(
  t: Translator,
  entry: { closed: boolean; ranges: { opens: string; closes: string }[] },
) {
  if (entry.closed || entry.ranges.length === 0) return t('closed');
  return entry.ranges.map((range) => t('rangeText', range)).join(', ');
}
