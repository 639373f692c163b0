import { z } from 'zod';

// The organisation's check-in schedule, as the settings form sends it. Messages are full keys
// under "notifications.schedule.errors".
const error = (key: string) => ({ error: `notifications.schedule.errors.${key}` });

/** The IANA time zones this runtime knows (plus UTC, which some runtimes list only as an alias). */
export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

export const checkInScheduleSchema = z.object({
  checkinWeekday: z.coerce
    .number(error('weekdayInvalid'))
    .int(error('weekdayInvalid'))
    .min(1, error('weekdayInvalid'))
    .max(7, error('weekdayInvalid')),
  reminderHour: z.coerce
    .number(error('hourInvalid'))
    .int(error('hourInvalid'))
    .min(0, error('hourInvalid'))
    .max(23, error('hourInvalid')),
  timeZone: z
    .string(error('timeZoneInvalid'))
    .trim()
    .refine((zone) => supportedTimeZones().includes(zone), error('timeZoneInvalid')),
});
export type CheckInScheduleInput = z.output<typeof checkInScheduleSchema>;
