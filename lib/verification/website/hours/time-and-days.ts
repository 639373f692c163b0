import { weekdays, type Weekday } from '@/lib/locations/field-values';

// Times and weekdays as schema.org pages write them: "08:00", "8:00", "08:00:00", "08:00:00+01:00";
// "https://schema.org/Monday", "schema:Monday", "Monday", and in `openingHours` texts "Mo" (and
// the German "Di", "Mi", "Do", "So", which pages write as often).

export const minutesPerDay = 24 * 60;

const timeOfDay = /^T?(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Minutes since midnight; "24:00" is 1440; null when no time of day. */
export function minutesOf(text: string | null): number | null {
  const match = text === null ? null : timeOfDay.exec(text.trim().slice(0, 40));
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** 510 is "08:30", 1440 is "24:00": the times of a location's hours (lib/locations/schemas.ts). */
export function timeText(minutes: number) {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const dayNames = new Map<string, Weekday>(
  weekdays.flatMap((day, index) => {
    const english = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][index]!;
    return [[english, day] as const, [english.slice(0, 2), day] as const];
  }),
);
const germanAbbreviations = new Map<string, Weekday>([
  ['di', 'tue'],
  ['mi', 'wed'],
  ['do', 'thu'],
  ['so', 'sun'],
]);

/** A `dayOfWeek` value: a weekday, "publicHolidays", or null when it names no day. */
export function dayOfWeekOf(value: string): Weekday | 'publicHolidays' | null {
  const name = value
    .trim()
    .slice(0, 60)
    .replace(/^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i, '')
    .toLowerCase();
  if (name === 'publicholidays') return 'publicHolidays';
  return dayNames.get(name) ?? null;
}

/** A two-letter day of an `openingHours` text ("Mo", "Tu", …, or German "Di", "Mi", "Do", "So"). */
export function abbreviatedDayOf(text: string): Weekday | null {
  const name = text.toLowerCase();
  return name.length === 2 ? (dayNames.get(name) ?? germanAbbreviations.get(name) ?? null) : null;
}

/** The days from `first` to `last` in week order, wrapping past Sunday ("Sa-Mo"). */
export function dayRange(first: Weekday, last: Weekday): Weekday[] {
  const start = weekdays.indexOf(first);
  const length = ((weekdays.indexOf(last) - start + 7) % 7) + 1;
  return Array.from({ length }, (_, offset) => weekdays[(start + offset) % 7]!);
}

export function nextDay(day: Weekday): Weekday {
  return weekdays[(weekdays.indexOf(day) + 1) % 7]!;
}
