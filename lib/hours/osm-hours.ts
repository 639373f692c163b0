import { tzOffset } from '@date-fns/tz';
import { LRUCache } from 'lru-cache';
import OpeningHours from 'opening_hours';
import type { PlainDate } from '@/lib/weeks/iso-week';
import { normaliseSpans, type DaySpan, type DaySpans } from './day-spans';
import { nominatimPlaceOf, type HolidayRegion } from './holiday-region';
import { floatingDate, minutesOfDay, minutesPerDay } from './local-days';

// An OpenStreetMap opening_hours value evaluated day by day with the opening_hours package, with
// the public holidays (PH) and school holidays (SH) of the location's region. A value the package
// refuses is a finding about the source (the message says where it stopped), never an exception.

export type OsmHoursEvaluation =
  { readable: true; days: DaySpans[]; warnings: string[] } | { readable: false; message: string };

export type OsmHoursPlace = {
  region: HolidayRegion;
  position: { latitude: number; longitude: number };
  timeZone: string;
};

/** OpenStreetMap's longest value; anything longer is not a tag value and is not evaluated. */
export const maxOsmValueLength = 255;

// Reading a value costs milliseconds (parsing, and the holidays of each year it meets), and a
// chain's branches often share one; the same value in the same region and window reads the same.
// The server's zone is part of the key because the evaluation runs on its clock.
const evaluations = new LRUCache<string, OsmHoursEvaluation>({ max: 2_000 });

const sunEvents = /sunrise|sunset|dawn|dusk/i;

export function evaluateOsmHours(
  value: string,
  place: OsmHoursPlace,
  dates: PlainDate[],
): OsmHoursEvaluation {
  const usesSun = sunEvents.test(value);
  const { region, position, timeZone } = place;
  const key = JSON.stringify([
    value,
    region,
    usesSun ? position : null,
    timeZone,
    dates[0],
    dates.length,
    process.env.TZ,
  ]);
  let evaluation = evaluations.get(key);
  if (!evaluation) {
    evaluation = evaluate(value, place, dates, usesSun);
    evaluations.set(key, evaluation);
  }
  return evaluation;
}

function evaluate(
  value: string,
  place: OsmHoursPlace,
  dates: PlainDate[],
  usesSun: boolean,
): OsmHoursEvaluation {
  if (value.length > maxOsmValueLength) {
    return { readable: false, message: `Longer than ${maxOsmValueLength} characters.` };
  }
  try {
    const days: DaySpans[] = [];
    let warnings: string[] = [];
    // Only sunrise and sunset need the place's clock run by run (see sunSegments).
    const segments = usesSun ? sunSegments(dates, place.timeZone) : [{ dates, shiftMinutes: 0 }];
    for (const segment of segments) {
      const hours = new OpeningHours(value, nominatimPlaceOf(place.region, shiftedPosition(place, segment)));
      warnings = hours.getStructuredWarnings().map((warning) => warning.type);
      const intervals = hours.getOpenIntervals(
        floatingDate(segment.dates[0]!),
        floatingDate(segment.dates.at(-1)!, minutesPerDay),
      );
      days.push(...segment.dates.map((date) => ({ date, spans: spansOn(date, intervals) })));
    }
    return { readable: true, days, warnings: [...new Set(warnings)] };
  } catch (error) {
    // The package throws strings (its parse errors) as well as Errors.
    return { readable: false, message: error instanceof Error ? error.message : String(error) };
  }
}

type Interval = [from: Date, to: Date, unknown: boolean, comment: string | undefined];

function spansOn(date: PlainDate, intervals: Interval[]): DaySpan[] {
  const dayStart = floatingDate(date).getTime();
  const dayEnd = floatingDate(date, minutesPerDay).getTime();
  const spans: DaySpan[] = [];
  for (const [from, to, unknown, comment] of intervals) {
    if (to.getTime() <= dayStart || from.getTime() >= dayEnd) continue;
    spans.push({
      start: minutesOfDay(date, from),
      end: minutesOfDay(date, to),
      unknown,
      ...(comment ? { comment } : {}),
    });
  }
  return normaliseSpans(spans);
}

type SunSegment = { dates: PlainDate[]; shiftMinutes: number };

/**
 * Runs of dates on which the place's clock is the same number of minutes ahead of the server's.
 * Sunrise and sunset are instants that opening_hours reads on the server's clock; seen from a
 * longitude that many minutes of sun further west (4 minutes a degree), they read the place's
 * clock instead. Usually one run; two when daylight saving time changes in between.
 */
function sunSegments(dates: PlainDate[], timeZone: string): SunSegment[] {
  const segments: SunSegment[] = [];
  for (const date of dates) {
    const noon = floatingDate(date, 12 * 60);
    const shiftMinutes = tzOffset(timeZone, noon) + noon.getTimezoneOffset();
    const last = segments.at(-1);
    if (last && last.shiftMinutes === shiftMinutes) last.dates.push(date);
    else segments.push({ dates: [date], shiftMinutes });
  }
  return segments;
}

function shiftedPosition(place: OsmHoursPlace, segment: SunSegment) {
  const longitude = place.position.longitude - segment.shiftMinutes / 4;
  return { latitude: place.position.latitude, longitude: ((((longitude + 180) % 360) + 360) % 360) - 180 };
}
