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
// there now. That week is still running: it is shown, but totals and averages count only the
// finished weeks unless it is asked for.

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
  /** The week running now on the organisation's clock, when the period holds it ("2026-W21"). */
  currentWeek: string | null;
  /** Whether the running week and any later one count in totals and averages (asked for). */
  includesCurrentWeek: boolean;
  /**
   * The weeks totals and averages are taken over: the finished ones, unless the running week was
   * asked for. 0 when the period has no finished week yet.
   */
  countedWeeks: number;
  /** The last counted week; null when none is. */
  countedTo: IsoWeek | null;
};

const latest = (a: IsoWeek, b: IsoWeek) => (compareIsoWeeks(a, b) >= 0 ? a : b);
const earliest = (a: IsoWeek, b: IsoWeek) => (compareIsoWeeks(a, b) <= 0 ? a : b);

/**
 * Neither bound: the 12 weeks up to and including the current week. Only `to`: the 12 weeks
 * ending with it. Only `from`: up to the current week, at least `from` itself and at most
 * 156 weeks. Both: as given (the schema has checked their order and span).
 */
export function resolvePeriod(
  query: { from?: IsoWeek; to?: IsoWeek; includeCurrentWeek?: boolean },
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
  const includesCurrentWeek = query.includeCurrentWeek === true;
  // A week that has not ended yet would read like a collapse in totals and averages.
  const lastFinished = addIsoWeeks(current, -1);
  const countedTo = includesCurrentWeek ? to : earliest(to, lastFinished);
  const counted = compareIsoWeeks(countedTo, from) >= 0;
  const holdsCurrent = compareIsoWeeks(from, current) <= 0 && compareIsoWeeks(current, to) <= 0;
  return {
    from,
    to,
    fromWeek: formatIsoWeek(from),
    toWeek: formatIsoWeek(to),
    firstDate: weekStartOf(from),
    lastDate: addDaysToDate(weekStartOf(to), 6),
    weeks: isoWeeksBetween(from, to).length,
    currentWeek: holdsCurrent ? formatIsoWeek(current) : null,
    includesCurrentWeek,
    countedWeeks: counted ? isoWeeksBetween(from, countedTo).length : 0,
    countedTo: counted ? countedTo : null,
  };
}
