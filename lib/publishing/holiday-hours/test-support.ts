import { db } from '@/lib/db/prisma';
import { holidayHoursInputSchema } from './schemas';

// Set-up shared by the holiday hours tests: a choice from form-like fields, and a location's
// special hours as plain values to compare.

export const choiceOf = (fields: Record<string, unknown>) => holidayHoursInputSchema.parse(fields);

export async function specialHoursOf(locationId: string) {
  const rows = await db.locationSpecialHours.findMany({
    where: { locationId },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    startDate: row.startDate.toISOString().slice(0, 10),
    endDate: row.endDate.toISOString().slice(0, 10),
    closed: row.closed,
    ranges: row.ranges,
    note: row.note,
    batchId: row.batchId,
  }));
}

export async function addSpecialHours(
  locationId: string,
  entry: { startDate: string; endDate?: string; closed?: boolean; ranges?: unknown[]; note?: string },
) {
  const row = await db.locationSpecialHours.create({
    data: {
      locationId,
      startDate: new Date(`${entry.startDate}T00:00:00Z`),
      endDate: new Date(`${entry.endDate ?? entry.startDate}T00:00:00Z`),
      closed: entry.closed ?? true,
      ranges: (entry.ranges ?? []) as never,
      note: entry.note ?? null,
    },
    select: { id: true },
  });
  return row.id;
}
