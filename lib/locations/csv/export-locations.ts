import 'server-only';
import { db } from '@/lib/db/prisma';
import type { MemberContext } from '@/lib/access/member-context';
import { resolveGroupFilter } from '@/lib/access/group-filter';
import { locationScopeSql } from '@/lib/access/location-scope';
import { cellsFromLocation, googleColumns, type CsvLocation } from './google-columns';
import { selectCsvLocations } from './select-csv-locations';

/** A cell quoted when it must be: delimiter, quote, line break, or spaces at its ends. */
function csvCell(value: string) {
  return /[",;\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** UTF-8 with BOM (so Excel reads umlauts), comma-separated, CRLF, Google's header line. */
export function locationsCsv(locations: Iterable<CsvLocation>) {
  const lines = [googleColumns.map(csvCell).join(',')];
  for (const location of locations) {
    const cells = cellsFromLocation(location);
    lines.push(googleColumns.map((column) => csvCell(cells[column])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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
