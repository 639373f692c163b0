import type { Weekday } from '@/lib/locations/field-values';
import type { Findings } from '../findings';
import { isJsonObject, type JsonObject } from '../json-ld/json-nodes';
import { firstText, literalText, valuesOf } from '../json-ld/node-values';
import { websiteReadingLimits as limits } from '../limits';
import type { WebsiteObservation } from '../observation';
import { oneLine, plainText } from '../plain-text';
import { readHoursText } from './hours-text';
import { dateOf, SpecialHoursCollector } from './special-hours';
import { dayOfWeekOf, minutesOf } from './time-and-days';
import { rangeByMeaning, WeeklyHours } from './weekly-hours';

// A business's hours from `openingHoursSpecification` (weekly entries, and entries with
// `validFrom` / `validThrough` for special hours) and from `openingHours` texts. When both state
// weekly hours, the specification wins: it is the precise form, the text often a summary. An
// entry that cannot be read is named in a finding and the others are still read.

type Context = { byId: ReadonlyMap<string, JsonObject>; findings: Findings };
type Hours = Pick<WebsiteObservation, 'openingHours' | 'specialHours'>;

/** The entry as a short text for a finding: "Monday Tuesday 08:00 18:00". */
function describe(specification: JsonObject, byId: ReadonlyMap<string, JsonObject>) {
  const parts = ['dayOfWeek', 'opens', 'closes', 'validFrom', 'validThrough'].flatMap((property) =>
    valuesOf(specification, property, byId).slice(0, 7).map(dayText),
  );
  return oneLine(parts.filter(Boolean).join(' ').slice(0, 200));
}

/** A `dayOfWeek` value's text: a literal, or the address of a referenced day ("schema:Monday"). */
function dayText(value: unknown) {
  const text = literalText(value);
  if (text !== null) return text;
  return isJsonObject(value) && typeof value['@id'] === 'string' ? value['@id'] : '';
}

/** The entry's weekdays; "Monday Tuesday" and "Monday,Tuesday" in one value are read too. */
function daysOf(specification: JsonObject, byId: ReadonlyMap<string, JsonObject>) {
  const names = valuesOf(specification, 'dayOfWeek', byId).flatMap((value) =>
    dayText(value)
      .slice(0, 200)
      .split(/[\s,]+/),
  );
  return names.filter(Boolean).map(dayOfWeekOf);
}

function readSpecification(
  specification: JsonObject,
  { byId, findings }: Context,
  weekly: WeeklyHours,
  special: SpecialHoursCollector,
) {
  const days = daysOf(specification, byId);
  const opens = minutesOf(firstText(specification, 'opens', byId));
  const closes = minutesOf(firstText(specification, 'closes', byId));
  const range = opens === null || closes === null ? null : rangeByMeaning(opens, closes);
  const validFrom = dateOf(firstText(specification, 'validFrom', byId));
  const validThrough = dateOf(firstText(specification, 'validThrough', byId));
  const weekdays = days.filter((day): day is Weekday => day !== null && day !== 'publicHolidays');
  const unreadable = () => findings.add({ code: 'hoursNotRead', text: describe(specification, byId) });
  if (range === null || days.includes(null)) return unreadable();
  // Hours on public holidays have no place in the master data; the weekdays beside them do.
  if (days.includes('publicHolidays')) unreadable();
  if (validFrom !== null || validThrough !== null) {
    const [startDate, endDate] = [validFrom ?? validThrough!, validThrough ?? validFrom!];
    // Hours for some weekdays over a season have no place in the master data's special hours.
    const seasonal = startDate !== endDate && weekdays.length > 0 && new Set(weekdays).size < 7;
    if (seasonal || startDate > endDate || !special.accepts(startDate, endDate)) return unreadable();
    return special.add(startDate, endDate, range);
  }
  if (weekdays.length === 0) return unreadable();
  for (const day of weekdays) {
    if (range === 'closed') weekly.markStated(day);
    else weekly.add(day, range);
  }
}

function readTexts(business: JsonObject, { byId, findings }: Context, weekly: WeeklyHours) {
  const values = valuesOf(business, 'openingHours', byId).map(literalText).slice(0, limits.hoursEntries);
  for (const value of values) {
    const text = value === null ? null : plainText(value, 'hoursText', findings);
    if (text === null) continue;
    const ranges = readHoursText(text);
    if (ranges === null) findings.add({ code: 'hoursNotRead', text: text.slice(0, 200) });
    for (const { day, opens, closes } of ranges ?? []) {
      const range = rangeByMeaning(opens, closes);
      if (range === 'closed') weekly.markStated(day);
      else if (range !== null) weekly.add(day, range);
    }
  }
}

export function readHours(business: JsonObject, context: Context): Hours {
  const weekly = new WeeklyHours();
  const special = new SpecialHoursCollector();
  const specifications = valuesOf(business, 'openingHoursSpecification', context.byId)
    .filter(isJsonObject)
    .slice(0, limits.hoursEntries);
  for (const specification of specifications) readSpecification(specification, context, weekly, special);
  if (!weekly.stated) readTexts(business, context, weekly);
  return { openingHours: weekly.result(), specialHours: special.result() };
}
