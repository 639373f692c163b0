import 'server-only';
import { db } from '@/lib/db/prisma';
import type { OpeningHours, SpecialHours } from '@/lib/locations/schemas';
import type { VerifiableLocation } from '@/lib/verification/sources/source-result';

// The locations of claimed tasks as the sources read them, in one statement: master data, special
// hours as the location form has them, the organisation's time zone, and for a location without a
// website the one most of the organisation's locations name (the business's main site).

type Row = Omit<VerifiableLocation, 'openingHours' | 'specialHours'> & {
  openingHours: unknown;
  specialHours: {
    startDate: string;
    endDate: string;
    closed: boolean;
    ranges: unknown;
    note: string | null;
  }[];
};

export async function loadVerifiableLocations(locationIds: readonly string[]): Promise<VerifiableLocation[]> {
  if (locationIds.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>`
    SELECT l.id, l.name, l.street, l.postal_code AS "postalCode", l.city, l.region,
           l.country_code AS "countryCode", l.phone, l.primary_category AS "primaryCategory",
           l.latitude, l.longitude, l.opening_hours AS "openingHours", o.time_zone AS "timeZone",
           COALESCE(l.website, (SELECT website FROM locations
                                WHERE organisation_id = l.organisation_id AND website IS NOT NULL
                                GROUP BY website ORDER BY count(*) DESC, website LIMIT 1)) AS website,
           COALESCE((SELECT json_agg(json_build_object(
                        'startDate', to_char(s.start_date, 'YYYY-MM-DD'), 'endDate', to_char(s.end_date, 'YYYY-MM-DD'),
                        'closed', s.closed, 'ranges', s.ranges, 'note', s.note) ORDER BY s.start_date)
                     FROM location_special_hours s WHERE s.location_id = l.id), '[]') AS "specialHours"
    FROM locations l JOIN organisations o ON o.id = l.organisation_id
    WHERE l.id = ANY(${locationIds}::uuid[])`;
  return rows.map((row) => ({
    ...row,
    openingHours: row.openingHours as OpeningHours,
    specialHours: row.specialHours.map((entry) => ({
      startDate: entry.startDate,
      endDate: entry.endDate,
      closed: entry.closed,
      ranges: entry.closed ? [] : (entry.ranges as SpecialHours[number]['ranges']),
      ...(entry.note ? { note: entry.note } : {}),
    })),
  }));
}
