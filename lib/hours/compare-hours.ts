import { sameSpans, intervalsOf, type DaySpans } from './day-spans';
import { holidayRegionOf } from './holiday-region';
import type { CompareHoursInput, HoursComparison, HoursDayDifference } from './hours-types';
import { comparisonWindow, weekdayOf } from './local-days';
import { evaluateOsmHours } from './osm-hours';
import { publicHolidaysIn } from './public-holidays';
import { structuredDays } from './structured-hours';

// Opening hours compared by meaning: the open intervals of both sides on each day of the next
// four weeks, on the place's wall clock, with special hours and the public holidays of the
// location's region. Equal, or the days that differ with both sides' intervals.

export const defaultHoursTimeZone = 'Europe/Berlin';
export const defaultHoursDays = 28;

// Where a location has no position: the middle of Germany. It only moves sunrise and sunset.
const fallbackPosition = { latitude: 51.16, longitude: 10.45 };

export function compareHours(input: CompareHoursInput): HoursComparison {
  const timeZone = input.timeZone ?? defaultHoursTimeZone;
  const window = comparisonWindow(input.start, timeZone, input.days ?? defaultHoursDays);
  const holidays = holidayRegionOf(input.place.countryCode, input.place.region);
  const compared = { from: window.from, to: window.to, holidays };
  const master = structuredDays(input.master, window.dates);
  let observed: DaySpans[];
  let warnings: string[] = [];
  if (input.observed.kind === 'osm') {
    const { latitude, longitude } = input.place;
    const position = latitude !== null && longitude !== null ? { latitude, longitude } : fallbackPosition;
    const evaluation = evaluateOsmHours(
      input.observed.value,
      { region: holidays, position, timeZone },
      window.dates,
    );
    if (!evaluation.readable) {
      return { ...compared, result: 'unreadable', value: input.observed.value, message: evaluation.message };
    }
    observed = evaluation.days;
    warnings = evaluation.warnings;
  } else {
    observed = structuredDays(input.observed, window.dates);
  }
  const differing = master.filter((day, index) => !sameSpans(day.spans, observed[index]!.spans));
  if (differing.length === 0) return { ...compared, result: 'equal', warnings };
  const holidayNames = publicHolidaysIn(holidays, window.dates);
  const differences: HoursDayDifference[] = differing.map((day) => ({
    date: day.date,
    weekday: weekdayOf(day.date),
    holiday: holidayNames.get(day.date) ?? null,
    master: intervalsOf(day.spans),
    observed: intervalsOf(observed[window.dates.indexOf(day.date)]!.spans),
  }));
  return { ...compared, result: 'different', differences, warnings };
}
