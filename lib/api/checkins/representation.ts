import { z } from 'zod';
import { activities } from '@/lib/checkins/activities';
import type { CheckInRecord } from '@/lib/checkins/records';
import { checkInStatuses } from '@/lib/checkins/schemas';
import { formatIsoWeek, isoWeekOfMonday, type IsoWeek } from '@/lib/weeks/iso-week';

// The stable JSON of weekly check-ins in /api/v1. The schemas document the answers in
// openapi.json; the mapper is typed against them.
const isoDateTime = z.iso.datetime({ offset: true });

export const checkInJsonSchema = z
  .object({
    id: z.uuid(),
    locationId: z.uuid(),
    week: z.string().meta({ description: 'The ISO week, e.g. 2026-W48.' }),
    weekStart: z.iso.date().meta({ description: 'The Monday of the week.' }),
    membershipId: z
      .uuid()
      .nullable()
      .meta({ description: "Whose week it is: the location's assignee when the check-in was started." }),
    status: z
      .enum(checkInStatuses)
      .meta({ description: 'SUBMITTED weeks are locked until a manager reopens them.' }),
    version: z.int().min(1),
    minutes: z.array(
      z.object({
        platformId: z.uuid(),
        platformName: z.string(),
        activity: z.enum(activities),
        minutes: z.int().min(1),
      }),
    ),
    totalMinutes: z
      .int()
      .min(0)
      .meta({ description: 'The sum of `minutes`; time entries of the week are not included.' }),
    postsPublished: z.int().min(0),
    reviewsAnswered: z.int().min(0),
    recheckedPlatformIds: z.array(z.uuid()),
    notes: z.string().nullable(),
    blockers: z.string().nullable(),
    submittedAt: isoDateTime.nullable(),
    submittedBy: z.string().nullable(),
    reopenedAt: isoDateTime.nullable(),
    reopenedBy: z.string().nullable(),
    updatedAt: isoDateTime,
  })
  .meta({ title: 'CheckIn' });
export type CheckInJson = z.output<typeof checkInJsonSchema>;

export const checkInListJsonSchema = z
  .object({
    week: z.string().meta({ description: 'The week listed, e.g. 2026-W48.' }),
    data: z
      .array(checkInJsonSchema)
      .meta({ description: 'Stored check-ins only; weeks nobody started are absent.' }),
  })
  .meta({ title: 'CheckInList' });

export function toCheckInJson(record: CheckInRecord): CheckInJson {
  return {
    id: record.id,
    locationId: record.locationId,
    week: formatIsoWeek(isoWeekOfMonday(record.weekStart)),
    weekStart: record.weekStart,
    membershipId: record.membershipId,
    status: record.status,
    version: record.version,
    minutes: record.lines,
    totalMinutes: record.totalMinutes,
    postsPublished: record.postsPublished,
    reviewsAnswered: record.reviewsAnswered,
    recheckedPlatformIds: record.recheckedPlatformIds,
    notes: record.notes,
    blockers: record.blockers,
    submittedAt: record.submittedAt?.toISOString() ?? null,
    submittedBy: record.submittedBy,
    reopenedAt: record.reopenedAt?.toISOString() ?? null,
    reopenedBy: record.reopenedBy,
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function toCheckInListJson(week: IsoWeek, records: CheckInRecord[]) {
  return { week: formatIsoWeek(week), data: records.map(toCheckInJson) };
}
