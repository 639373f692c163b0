import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { DayInterval } from '@/lib/hours/hours-types';
import { formatIntervals } from '@/lib/hours/summarise-differences';
import { plainDateText } from './observation-text';

export type HoursDay = {
  weekday: string;
  holiday: string | null;
  dates: string[];
  master: DayInterval[];
  observed: DayInterval[];
};

/** The days whose hours differ by meaning in the four weeks compared, both sides' times per day. */
export async function HoursDifferences({
  days,
  from,
  to,
  sourceName,
}: {
  days: HoursDay[];
  from: string;
  to: string;
  sourceName: string;
}) {
  const t = await getTranslations();
  const format = await getAppFormatter();
  if (days.length === 0) return null;
  const hours = (intervals: DayInterval[]) =>
    formatIntervals(intervals) || t('verification.observation.closed');
  const dayName = (weekday: string) =>
    t.has(`locations.form.day.${weekday}`)
      ? t(`locations.form.day.${weekday}` as 'locations.form.day.mon')
      : weekday;
  return (
    <div>
      <p className="font-medium text-slate-900">
        {t('verification.observation.hoursTitle', {
          from: plainDateText(format, from),
          to: plainDateText(format, to),
        })}
      </p>
      <ul className="mt-1 space-y-1">
        {days.map((day) => (
          <li key={`${day.weekday}-${day.holiday ?? ''}-${day.dates[0] ?? ''}`} className="break-words">
            <span className="font-medium text-slate-900">
              {day.holiday
                ? t('verification.observation.hoursHoliday', {
                    day: dayName(day.weekday),
                    holiday: day.holiday,
                  })
                : dayName(day.weekday)}
              :
            </span>{' '}
            {t('verification.observation.master')} {hours(day.master)} · {sourceName} {hours(day.observed)}
          </li>
        ))}
      </ul>
    </div>
  );
}
