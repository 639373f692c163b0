import type { Weekday } from '@/lib/locations/schemas';
import type { PlainDate } from '@/lib/weeks/iso-week';
import type { DayInterval, HoursDayDifference } from './hours-types';

// Four Saturdays that differ alike are one finding: "Sa: 07:00–13:00 ≠ 07:00–12:00 (4×)". A
// public holiday stays a finding of its own. The words ("closed", weekday names) are the UI's.

export type HoursDifferenceSummary = {
  weekday: Weekday;
  holiday: string | null;
  dates: PlainDate[];
  master: DayInterval[];
  observed: DayInterval[];
};

/** "07:00–12:00, 14:00–18:00"; an empty text for a closed day. */
export function formatIntervals(intervals: readonly DayInterval[]): string {
  return intervals.map((interval) => `${interval.opens}–${interval.closes}`).join(', ');
}

const keyOf = (day: HoursDayDifference) =>
  day.holiday === null
    ? [day.weekday, JSON.stringify(day.master), JSON.stringify(day.observed)].join('|')
    : `holiday|${day.date}`;

/** Differences that repeat on the same weekday, in the order they first occur. */
export function summariseDifferences(differences: readonly HoursDayDifference[]): HoursDifferenceSummary[] {
  const summaries = new Map<string, HoursDifferenceSummary>();
  for (const day of differences) {
    const key = keyOf(day);
    const summary = summaries.get(key);
    if (summary) summary.dates.push(day.date);
    else {
      const { weekday, holiday, master, observed } = day;
      summaries.set(key, { weekday, holiday, dates: [day.date], master, observed });
    }
  }
  return [...summaries.values()];
}
