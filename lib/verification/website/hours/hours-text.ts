import type { Weekday } from '@/lib/locations/field-values';
import { abbreviatedDayOf, dayRange, minutesOf, minutesPerDay } from './time-and-days';

// `openingHours` as text, the schema.org form: "Mo-Fr 08:00-18:00", "Mo,We 08:00-12:00 14:00-18:00",
// "Sa 09:00-13:00"; several groups may share one text ("Mo-Fr 08:00-18:00 Sa 09:00-13:00", also
// with ";" or "," between them). Days without a time are open all day ("Mo-Su"). The text is read
// token by token: days, then the times that hold for them.

export type StatedRange = { day: Weekday; opens: number; closes: number };

// A day or a range of days ("Mo", "Mo-Fr"), or a range of times ("08:00-18:00").
const token =
  /(?<![a-z])([a-z]{2})(?: ?- ?([a-z]{2}))?(?![a-z])|(?<![\d:])(\d{1,2}:\d{2})(?::\d{2})? ?- ?(\d{1,2}:\d{2})(?::\d{2})?/g;

type Group = { days: Weekday[]; ranges: { opens: number; closes: number }[] };

/** The text's groups of days and their times; null when it holds no day or an unreadable part. */
function groupsOf(text: string): Group[] | null {
  const groups: Group[] = [];
  let lastWasDay = false;
  let readUpTo = 0;
  const words = text.toLowerCase().replace(/\s+/g, ' ');
  for (const match of words.matchAll(token)) {
    const [, firstDay, lastDay, opens, closes] = match;
    // A number outside a time range ("8-18") is a time this reader cannot tell: not all day.
    if (/\d/.test(words.slice(readUpTo, match.index))) return null;
    readUpTo = match.index + match[0].length;
    if (firstDay !== undefined) {
      const first = abbreviatedDayOf(firstDay);
      const last = lastDay === undefined ? first : abbreviatedDayOf(lastDay);
      if (first === null || last === null) continue; // a word such as "am" or "ab", no day
      if (!lastWasDay) groups.push({ days: [], ranges: [] });
      groups.at(-1)!.days.push(...dayRange(first, last));
      lastWasDay = true;
    } else {
      const [opensAt, closesAt] = [minutesOf(opens!), minutesOf(closes!)];
      if (groups.length === 0 || opensAt === null || closesAt === null) return null;
      groups.at(-1)!.ranges.push({ opens: opensAt, closes: closesAt });
      lastWasDay = false;
    }
  }
  return groups.length > 0 && !/\d/.test(words.slice(readUpTo)) ? groups : null;
}

/** The ranges an `openingHours` text states, one per day; null when it cannot be read. */
export function readHoursText(text: string): StatedRange[] | null {
  const groups = groupsOf(text.slice(0, 500));
  if (groups === null) return null;
  return groups.flatMap(({ days, ranges }) =>
    days.flatMap((day) =>
      (ranges.length > 0 ? ranges : [{ opens: 0, closes: minutesPerDay }]).map((range) => ({
        day,
        ...range,
      })),
    ),
  );
}
