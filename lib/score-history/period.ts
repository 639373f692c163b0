import { addDaysToDate, todayIn, type PlainDate } from '@/lib/weeks/iso-week';
import { daysInPeriod, defaultHistoryDays, maxHistoryDays } from './schemas';

export type HistoryPeriod = { from: PlainDate; to: PlainDate };

/**
 * The period of a history read, from a query the schema has checked: `to` defaults to today in
 * the organisation's time zone (never before `from`, never more than two years after it), `from`
 * to the 90 days up to `to`.
 */
export function resolveHistoryPeriod(
  query: { from?: PlainDate; to?: PlainDate },
  timeZone: string,
  now = new Date(),
): HistoryPeriod {
  if (query.from && !query.to) {
    const today = todayIn(timeZone, now);
    if (today < query.from) return { from: query.from, to: query.from };
    const latest = addDaysToDate(query.from, maxHistoryDays - 1);
    return { from: query.from, to: today > latest ? latest : today };
  }
  const to = query.to ?? todayIn(timeZone, now);
  const from = query.from ?? addDaysToDate(to, -(defaultHistoryDays - 1));
  return daysInPeriod(from, to) >= 1 ? { from, to } : { from: to, to };
}
