import 'server-only';
import type { Transaction } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CsvLocation } from './google-columns';

export type StoredCsvLocation = CsvLocation & { id: string; archived: boolean };

/**
 * The locations `scope` admits (a condition on \`locations l\`: the organisation, for an export the
 * member's group limit and chosen group) with what the CSV layout holds, special hours included,
 * in one query at any size: all non-archived ones (export), or those with the given store codes
 * (import).
 */
export async function selectCsvLocations(
  client: Pick<Transaction, '$queryRaw'>,
  scope: Prisma.Sql,
  filter: { storeCodes: string[] } | { archived: false },
) {
  const condition =
    'storeCodes' in filter
      ? Prisma.sql`l.store_code = ANY(${filter.storeCodes}::text[])`
      : Prisma.sql`l.archived_at IS NULL`;
  return client.$queryRaw<StoredCsvLocation[]>`
    SELECT l.id, l.store_code AS "storeCode", l.name, l.street, l.address_extra AS "addressExtra",
      l.postal_code AS "postalCode", l.city, l.region, l.country_code AS "countryCode", l.phone,
      l.website, l.primary_category AS "primaryCategory", l.description,
      l.opening_hours AS "openingHours", l.latitude, l.longitude,
      l.position_source::text AS "positionSource", l.position_precision::text AS "positionPrecision",
      l.position_precision_m AS "positionPrecisionM",
      l.archived_at IS NOT NULL AS archived,
      COALESCE((
        SELECT json_agg(json_build_object(
            'startDate', to_char(s.start_date, 'YYYY-MM-DD'),
            'endDate', to_char(s.end_date, 'YYYY-MM-DD'),
            'closed', s.closed, 'ranges', s.ranges, 'note', s.note)
          ORDER BY s.start_date, s.end_date)
        FROM location_special_hours s WHERE s.location_id = l.id
      ), '[]'::json) AS "specialHours"
    FROM locations l
    WHERE ${scope} AND ${condition}
    ORDER BY l.store_code, l.id`;
}
