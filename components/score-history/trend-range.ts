import { addDaysToDate, todayIn } from '@/lib/weeks/iso-week';

// The periods a trend chart offers: 90 days or 12 months, read from the page's `verlauf`
// parameter (anything else is the default, 90 days).
export const trendRanges = ['90', '365'] as const;
export type TrendRange = (typeof trendRanges)[number];

export function trendRangeOf(value: string | string[] | undefined): TrendRange {
  return value === '365' ? '365' : '90';
}

/** The period of the range, ending today in the organisation's time zone. */
export function trendPeriod(range: TrendRange, timeZone: string, now = new Date()) {
  const to = todayIn(timeZone, now);
  return { from: addDaysToDate(to, -(Number(range) - 1)), to };
}
