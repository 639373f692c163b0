import 'server-only';
import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/access/member-context';
import { resolveGroupFilter } from '@/lib/access/group-filter';
import { locationScopeSql } from '@/lib/access/location-scope';
import { csvFile } from './csv-file';
import { cellsFromLocation, googleColumns, type CsvLocation } from './google-columns';
import { selectCsvLocations } from './select-csv-locations';

/** UTF-8 with BOM (so Excel reads umlauts), comma-separated, CRLF, Google's header line. */
export function locationsCsv(locations: Iterable<CsvLocation>) {
  return csvFile(googleColumns, Array.from(locations, cellsFromLocation));
}

/**
 * The organisation's non-archived locations the member sees (a limited manager: their groups'),
 * in the chosen group when given, in Google's bulk layout, sorted by store code. Any member may export.
 */
export async function exportLocationsCsv(member: MemberContext, group?: string | null): Promise<string> {
  const groupId = await resolveGroupFilter(member, group);
  return locationsCsv(
    await selectCsvLocations(db, locationScopeSql(member, 'l', { groupId }), { archived: false }),
  );
}
