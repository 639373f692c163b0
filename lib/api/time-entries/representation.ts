import { z } from 'zod';
import { activities } from '@/lib/checkins/activities';
import type { TimeEntryRecord } from '@/lib/time-entries/records';
import { formatIsoWeek, isoWeekOfDate } from '@/lib/weeks/iso-week';

// The stable JSON of a time entry in /api/v1; the schema documents it in openapi.json.
export const timeEntryJsonSchema = z
  .object({
    id: z.uuid(),
    date: z.iso.date().meta({ description: "The day the time was spent, in the organisation's time zone." }),
    isoWeek: z.string().meta({ description: 'The ISO week of `date`, e.g. 2026-W48.' }),
    minutes: z.int().min(1),
    activity: z.enum(activities),
    note: z.string().nullable(),
    location: z.object({ id: z.uuid(), name: z.string(), storeCode: z.string() }),
    platform: z.object({ id: z.uuid(), name: z.string() }),
    member: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .meta({ description: 'Who spent the time; null when they have left the organisation.' }),
    locked: z.boolean().meta({
      description:
        "The location's check-in for the week is submitted: the entry cannot be changed or deleted.",
    }),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ title: 'TimeEntry' });
export type TimeEntryJson = z.output<typeof timeEntryJsonSchema>;

export const timeEntryListJsonSchema = z
  .object({ data: z.array(timeEntryJsonSchema) })
  .meta({ title: 'TimeEntryList' });

export function toTimeEntryJson(entry: TimeEntryRecord): TimeEntryJson {
  return {
    id: entry.id,
    date: entry.date,
    isoWeek: formatIsoWeek(isoWeekOfDate(entry.date)),
    minutes: entry.minutes,
    activity: entry.activity,
    note: entry.note,
    location: entry.location,
    platform: entry.platform,
    member: entry.member && { id: entry.member.id, name: entry.member.name },
    locked: entry.locked,
    createdAt: entry.createdAt.toISOString(),
  };
}
