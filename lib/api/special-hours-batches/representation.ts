import { z } from 'zod';
import type { SpecialHoursBatchView } from '@/lib/publishing/holiday-hours/batches';
import { holidayHoursExistingChoices, holidayHoursScopes } from '@/lib/publishing/holiday-hours/choices';
import type { HolidayHoursPreview } from '@/lib/publishing/holiday-hours/preview';

// The stable JSON of special hours batches and their preview in /api/v1; the schemas document it
// in openapi.json.

const rangeJsonSchema = z.object({ opens: z.string(), closes: z.string() });
const isoDate = z.iso.date();

export const specialHoursBatchJsonSchema = z
  .object({
    id: z.uuid(),
    startDate: isoDate,
    endDate: isoDate,
    closed: z.boolean(),
    ranges: z.array(rangeJsonSchema),
    note: z.string().nullable(),
    holiday: z.object({ region: z.string(), name: z.string() }).nullable().meta({
      description:
        'The public holiday chosen (region "DE" or e.g. "DE-BY", its German name); null for a date range.',
    }),
    scope: z.enum(holidayHoursScopes),
    scopeValue: z
      .string()
      .nullable()
      .meta({ description: 'The city or region chosen, or the group’s name then.' }),
    groupId: z.uuid().nullable(),
    onExisting: z.enum(holidayHoursExistingChoices),
    locationCount: z.int().min(0).meta({ description: 'Locations that got the entry.' }),
    replacedCount: z.int().min(0).meta({ description: 'Entries removed (REPLACE); restored by undo.' }),
    skippedCount: z
      .int()
      .min(0)
      .meta({ description: 'Locations left alone (SKIP, special hours in the period).' }),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z
      .string()
      .nullable()
      .meta({ description: 'The member’s name, or "API: <token>"; null for a deleted account.' }),
    undoneAt: z.iso.datetime({ offset: true }).nullable(),
    undoneBy: z.string().nullable(),
  })
  .meta({ title: 'SpecialHoursBatch' });

const existingJsonSchema = z.object({
  startDate: isoDate,
  endDate: isoDate,
  closed: z.boolean(),
  ranges: z.array(rangeJsonSchema),
  note: z.string().nullable(),
});

export const specialHoursPreviewJsonSchema = z
  .object({
    dryRun: z.literal(true),
    startDate: isoDate,
    endDate: isoDate,
    locations: z.int().min(0).meta({ description: 'Locations chosen (not archived).' }),
    withExisting: z.int().min(0).meta({ description: 'Of those, with special hours in the period.' }),
    existingEntries: z.int().min(0),
    reachingBeyond: z
      .int()
      .min(0)
      .meta({ description: 'Existing entries reaching beyond the period (removed whole when replacing).' }),
    toSet: z.int().min(0),
    toSkip: z.int().min(0),
    toReplace: z.int().min(0),
    overLimit: z
      .boolean()
      .meta({ description: 'More locations than one batch may touch (5,000): applying would be refused.' }),
    page: z.int().min(1),
    pageCount: z.int().min(1),
    data: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        storeCode: z.string(),
        city: z.string(),
        existing: z.array(existingJsonSchema),
        outcome: z.enum(['set', 'replace', 'skip']),
      }),
    ),
  })
  .meta({ title: 'SpecialHoursPreview' });

export function toSpecialHoursBatchJson(
  batch: SpecialHoursBatchView,
): z.output<typeof specialHoursBatchJsonSchema> {
  return {
    id: batch.id,
    startDate: batch.startDate,
    endDate: batch.endDate,
    closed: batch.closed,
    ranges: batch.ranges,
    note: batch.note,
    holiday:
      batch.holidayRegion && batch.holidayName
        ? { region: batch.holidayRegion, name: batch.holidayName }
        : null,
    scope: batch.scope,
    scopeValue: batch.scopeValue,
    groupId: batch.scopeGroupId,
    onExisting: batch.onExisting,
    locationCount: batch.locationCount,
    replacedCount: batch.replacedCount,
    skippedCount: batch.skippedCount,
    createdAt: batch.createdAt.toISOString(),
    createdBy: batch.createdBy,
    undoneAt: batch.undoneAt?.toISOString() ?? null,
    undoneBy: batch.undoneBy,
  };
}

export function toSpecialHoursPreviewJson(
  period: { startDate: string; endDate: string },
  preview: HolidayHoursPreview,
): z.output<typeof specialHoursPreviewJsonSchema> {
  const { items, ...counts } = preview;
  return { dryRun: true, ...period, ...counts, data: items };
}
