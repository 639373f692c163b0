import {
  addIsoWeeks,
  compareIsoWeeks,
  currentIsoWeek,
  formatIsoWeek,
  isoWeeksBetween,
  weekStartOf,
  addDaysToDate,
  type IsoWeek,
  type PlainDate,
} from '@/lib/weeks/iso-week';
import { defaultComparisonWeeks, maxComparisonWeeks } from './schemas';

// The period of a comparison: whole ISO weeks, `from` to `to` inclusive. What is left out
// is filled in on the organisation's clock, so "the last 12 weeks" ends with the week it is
// there now.

export type ComparisonPeriod = {
  from: IsoWeek;
  to: IsoWeek;
  /** "2026-W01" */
  fromWeek: string;
  toWeek: string;
  /** Monday of `from` and Sunday of `to`. */
  firstDate: PlainDate;
  lastDate: PlainDate;
  /** Number of ISO weeks, `from` and `to` included. */
  weeks: number;
};

const latest = (a: IsoWeek, b: IsoWeek) => (compareIsoWeeks(a, b) >= 0 ? a : b);
const earliest = (a: IsoWeek, b: IsoWeek) => (compareIsoWeeks(a, b) <= 0 ? a : b);

/**
 * Neither bound: the 12 weeks up to and including the current week. Only `to`: the 12 weeks
 * ending with it. Only `from`: up to the current week, at least `from` itself and at most
 * 156 weeks. Both: as given (the schema has checked their order and span).
 */
export function resolvePeriod(
  query: { from?: IsoWeek; to?: IsoWeek },
  timeZone: string,
  now: Date = new Date(),
): ComparisonPeriod {
  const current = currentIsoWeek(timeZone, now);
  let from: IsoWeek;
  let to: IsoWeek;
  if (query.from && query.to) [from, to] = [query.from, query.to];
  else if (query.to) [from, to] = [addIsoWeeks(query.to, 1 - defaultComparisonWeeks), query.to];
  else if (query.from) {
    from = query.from;
    to = earliest(latest(current, from), addIsoWeeks(from, maxComparisonWeeks - 1));
  } else [from, to] = [addIsoWeeks(current, 1 - defaultComparisonWeeks), current];
  return {
    from,
    to,
    fromWeek: formatIsoWeek(from),
    toWeek: formatIsoWeek(to),
    firstDate: weekStartOf(from),
    lastDate: addDaysToDate(weekStartOf(to), 6),
    weeks: isoWeeksBetween(from, to).length,
  };
}
