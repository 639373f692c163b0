import { TZDate } from '@date-fns/tz';
import ical from 'ical-generator';
import type { CheckInSchedule } from '@/lib/checkins/deadlines';
import { dateOfWeekday, type IsoWeek } from '@/lib/weeks/iso-week';
import { escapeIcalText } from './ical-text';
import { vtimezoneComponent } from './vtimezone';

// The iCalendar text of a member's feed: one weekly recurring event on the check-in day at the
// reminder hour, 30 minutes long, written in the organisation's time zone (TZID plus a VTIMEZONE),
// so 09:00 stays 09:00 on either side of a daylight-saving change.

const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const eventMinutes = 30;
/** How many years past this one the VTIMEZONE spells out (yearly rules continue beyond). */
const timeZoneYearsAhead = 10;

export type CheckInCalendarInput = {
  /** Stable across regenerated feeds, so calendars update the event instead of adding one. */
  uid: string;
  schedule: CheckInSchedule;
  /** The week of the first occurrence. */
  firstWeek: IsoWeek;
  calendarName: string;
  summary: string;
  description: string;
  url: string;
  now: Date;
};

export function checkInCalendar(input: CheckInCalendarInput): string {
  const { schedule } = input;
  const [year, month, day] = dateOfWeekday(input.firstWeek, schedule.checkinWeekday).split('-').map(Number);
  // TZDates: ical-generator writes them as wall time in the event's zone (20261127T090000 with
  // TZID). No calendar-wide zone, so DTSTAMP stays in UTC as RFC 5545 asks.
  const start = new TZDate(year!, month! - 1, day!, schedule.reminderHour, 0, 0, schedule.timeZone);
  const end = new TZDate(start.getTime() + eventMinutes * 60_000, schedule.timeZone);
  const lastYear = Math.max(year!, input.now.getUTCFullYear()) + timeZoneYearsAhead;

  // Only NAME and UID go out unescaped by ical-generator; it escapes summary, description and url.
  const calendar = ical({
    name: escapeIcalText(input.calendarName),
    prodId: { company: 'Ortsbild', product: 'Check-ins' },
    ttl: 3_600,
    timezone: { name: null, generator: (timeZone) => vtimezoneComponent(timeZone, year!, lastYear) },
    x: [['X-WR-TIMEZONE', schedule.timeZone]],
  });
  calendar.createEvent({
    id: escapeIcalText(input.uid),
    stamp: input.now,
    start,
    end,
    timezone: schedule.timeZone,
    repeating: `FREQ=WEEKLY;BYDAY=${weekdayCodes[schedule.checkinWeekday - 1]}`,
    summary: input.summary,
    description: input.description,
    url: input.url,
  });
  return calendar.toString();
}
