import 'server-only';
import { stringify } from 'csv-stringify/sync';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { protectCell } from '@/lib/locations/csv/google-columns';
import type { MemberContext } from '@/lib/access/member-context';
import { formatIsoWeek, isoWeekOfDate } from '@/lib/weeks/iso-week';
import type { TimeEntryRecord } from './records';
import type { TimeEntryRange } from './schemas';
import { listTimeEntriesBetween } from './time-entries';

// The time log as a spreadsheet: one line per entry, oldest first, headers and activities in the
// reader's language. UTF-8 with BOM and CRLF like the locations export, so Excel reads umlauts.
// Staff export only their own time.

export const csvColumns = [
  'date',
  'isoWeek',
  'memberName',
  'memberEmail',
  'storeCode',
  'location',
  'platform',
  'activity',
  'minutes',
  'note',
] as const;

function cells(entry: TimeEntryRecord, activityLabel: (activity: string) => string) {
  // Every text a user typed could start a formula in a spreadsheet.
  const text = (value: string | null | undefined) => protectCell(value ?? '');
  return [
    entry.date,
    formatIsoWeek(isoWeekOfDate(entry.date)),
    text(entry.member?.name),
    text(entry.member?.email),
    text(entry.location.storeCode),
    text(entry.location.name),
    text(entry.platform.name),
    activityLabel(entry.activity),
    String(entry.minutes),
    text(entry.note),
  ];
}

export function timeEntriesCsv(entries: TimeEntryRecord[], locale: AppLocale): string {
  const header = translatorFor(locale, 'timeEntries.csv');
  const activity = translatorFor(locale, 'timeEntries.activities');
  return stringify(
    [csvColumns.map((column) => header(column)), ...entries.map((entry) => cells(entry, activity))],
    {
      bom: true,
      record_delimiter: 'windows',
    },
  );
}

export async function exportTimeEntriesCsv(
  member: MemberContext,
  range: TimeEntryRange,
  locale: AppLocale,
): Promise<string> {
  return timeEntriesCsv(await listTimeEntriesBetween(member, range), locale);
}
