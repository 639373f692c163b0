import { z } from 'zod';
import type { MatrixRow } from '@/lib/listings/matrix';
import { listingStatuses } from '@/lib/listings/schemas';

// GET /api/v1/listings: one page of the organisation's checklist (locations × enabled platforms).
const isoDateTime = z.iso.datetime({ offset: true });

export const listingMatrixRowJsonSchema = z.object({
  locationId: z.uuid(),
  locationName: z.string(),
  locationCity: z.string(),
  platformId: z.uuid(),
  platformName: z.string(),
  platformKind: z.enum(['MAPS', 'NAVIGATION', 'SOCIAL', 'REVIEWS', 'DIRECTORY']),
  status: z.enum(listingStatuses),
  mismatchedFields: z.array(z.string()),
  lastCheckedAt: isoDateTime.nullable(),
  checkOverdue: z.boolean().meta({
    description: "Not checked within the organisation's freshness period (false when never checked).",
  }),
  version: z.int().min(0).meta({ description: '0 for an item never saved.' }),
});

export const listingMatrixPageJsonSchema = z
  .object({
    data: z.array(listingMatrixRowJsonSchema),
    page: z.int().min(1),
    pageSize: z.int().min(1).max(200),
    total: z.int().min(0).meta({ description: 'Items matching the filters, status included.' }),
    counts: z
      .object(
        Object.fromEntries(listingStatuses.map((status) => [status, z.int().min(0)])) as Record<
          (typeof listingStatuses)[number],
          z.ZodInt
        >,
      )
      .meta({ description: 'Items per status under the platform, city and assignee filters.' }),
  })
  .meta({ title: 'ListingMatrixPage' });
export type ListingMatrixPageJson = z.output<typeof listingMatrixPageJsonSchema>;

export function toListingMatrixRowJson(row: MatrixRow): ListingMatrixPageJson['data'][number] {
  return {
    locationId: row.locationId,
    locationName: row.locationName,
    locationCity: row.locationCity,
    platformId: row.platformId,
    platformName: row.platformName,
    platformKind: row.platformKind,
    status: row.status,
    mismatchedFields: row.mismatchedFields,
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    checkOverdue: row.checkOverdue,
    version: row.version,
  };
}
