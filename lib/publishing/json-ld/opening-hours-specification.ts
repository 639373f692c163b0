import type { OpeningHoursSpecification } from 'schema-dts';
import { weekdays, type Weekday } from '@/lib/locations/field-values';
import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import type { PlainDate } from '@/lib/weeks/iso-week';

// Weekly and special hours in schema.org's documented forms, which the website reader
// (lib/verification/website) reads back to the same values: weekdays with the same range share
// one specification; the end of the day is "23:59" (schema.org has no "24:00"); special hours
// carry validFrom and validThrough (the first and last date, both included) and no dayOfWeek; a
// closed special day is "00:00" to "00:00". Special hours that ended before `today` are left out:
// they would only tell a reader what no longer applies.

export type OpeningHoursSpecificationNode = Exclude<OpeningHoursSpecification, string>;

const dayNames = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const satisfies Record<Weekday, string>;

const closingTime = (time: string) => (time === '24:00' ? '23:59' : time);

export function weeklySpecifications(hours: OpeningHours): OpeningHoursSpecificationNode[] {
  const daysByRange = new Map<string, Weekday[]>();
  for (const day of weekdays) {
    for (const { opens, closes } of hours[day] ?? []) {
      const key = `${opens}-${closes}`;
      daysByRange.set(key, [...(daysByRange.get(key) ?? []), day]);
    }
  }
  return [...daysByRange].map(([range, days]) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.map((day) => `https://schema.org/${dayNames[day]}` as const),
    opens: range.slice(0, 5),
    closes: closingTime(range.slice(6)),
  }));
}

export function specialSpecifications(
  entries: SpecialHours,
  today: PlainDate,
): OpeningHoursSpecificationNode[] {
  return entries
    .filter((entry) => entry.endDate >= today)
    .flatMap(({ startDate, endDate, closed, ranges }) =>
      (closed || ranges.length === 0 ? [{ opens: '00:00', closes: '00:00' }] : ranges).map(
        ({ opens, closes }): OpeningHoursSpecificationNode => ({
          '@type': 'OpeningHoursSpecification',
          opens,
          closes: closed ? closes : closingTime(closes),
          validFrom: startDate,
          validThrough: endDate,
        }),
      ),
    );
}
