import 'server-only';
import { db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PositionSource } from '@/lib/generated/prisma/enums';
import { weekdays } from '@/lib/locations/field-values';
import type { PublishableLocation } from '../publishable-location';

/** A location as the exports write it: its master data, and whether its position was set by hand. */
export type ExportedLocation = PublishableLocation & { positionSource: PositionSource | null };

/**
 * The non-archived locations `scope` admits (a condition on `locations l`: the organisation, the
 * member's group limit and chosen group; lib/access/location-scope.ts), with their special hours,
 * in one statement at any size, sorted by store code like the Google export.
 */
export async function selectExportedLocations(scope: Prisma.Sql): Promise<ExportedLocation[]> {
  const rows = await db.$queryRaw<ExportedLocation[]>`
    SELECT l.store_code AS "storeCode", l.name, l.street, l.address_extra AS "addressExtra",
      l.postal_code AS "postalCode", l.city, l.region, l.country_code AS "countryCode", l.phone,
      l.website, l.email, l.primary_category AS "primaryCategory", l.description,
      l.latitude, l.longitude, l.position_source::text AS "positionSource",
      l.opening_hours AS "openingHours",
      COALESCE((
        SELECT json_agg(json_strip_nulls(json_build_object(
            'startDate', to_char(s.start_date, 'YYYY-MM-DD'),
            'endDate', to_char(s.end_date, 'YYYY-MM-DD'),
            'closed', s.closed, 'ranges', s.ranges, 'note', s.note))
          ORDER BY s.start_date, s.end_date)
        FROM location_special_hours s WHERE s.location_id = l.id
      ), '[]'::json) AS "specialHours"
    FROM locations l
    WHERE ${scope} AND l.archived_at IS NULL
    ORDER BY l.store_code, l.id`;
  // Stored hours may leave out closed days; every export names all seven.
  return rows.map((row) => ({
    ...row,
    openingHours: Object.fromEntries(
      weekdays.map((day) => [day, row.openingHours[day] ?? []]),
    ) as ExportedLocation['openingHours'],
  }));
}
