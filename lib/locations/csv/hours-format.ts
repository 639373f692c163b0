// The hours cells of Google's bulk location sheet, written and read back exactly.
//
// Weekday cells: "06:30-13:00,14:00-18:00" (ranges separated by commas); empty means closed.
// "x", "closed" and "geschlossen" are read as closed too, and "6:30" as "06:30".
//
// Special hours cell: entries separated by commas, each "DATE: HOURS" or "DATE-DATE: HOURS",
//   2026-12-24: 08:00-12:00, 2026-12-25-2026-12-26: x, 2026-12-31: 08:00-12:00,13:00-15:00 "Silvester"
// HOURS is "x" (closed) or one or more ranges; a range after a comma without a date belongs to
// the entry before it. An optional note follows in double quotes (JSON string escaping, so it may
// hold commas and quotes). Dates are ISO (2026-12-24); 24.12.2026 is accepted on import.
import type { Weekday } from '../schemas';

export type TimeRange = { opens: string; closes: string };
export type RawSpecialHours = {
  startDate: string;
  endDate: string;
  closed: boolean;
  ranges: TimeRange[];
  note?: string;
};
/** A cell that could not be read; the message key names what is wrong with it. */
export type CellParse<T> = { ok: true; value: T } | { ok: false; messageKey: string };

const closedWords = new Set(['x', 'closed', 'geschlossen']);
const dash = String.raw`\s*[-–]\s*`;
const isoDate = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}`;
// The hours after the colon keep their leading spaces; readHoursPart trims them.
const entryPattern = new RegExp(`^(${isoDate})(?:${dash}(${isoDate}))?\\s*:(.*)$`, 's');
const rangeSeparator = /[-–]/;

export function formatRanges(ranges: readonly TimeRange[]) {
  return ranges.map((range) => `${range.opens}-${range.closes}`).join(',');
}

/** "6:30" as Excel may shorten it → "06:30"; anything else is left for the schema to judge. */
function normaliseTime(value: string) {
  const trimmed = value.trim().replace('.', ':');
  return /^\d:\d\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/** "06:30 - 13:00" split at its first dash (after the first character): what is left and right of it. */
function parseRange(text: string): TimeRange | null {
  const trimmed = text.trim();
  const separator = trimmed.slice(1).search(rangeSeparator) + 1;
  if (separator === 0) return null;
  const opens = trimmed.slice(0, separator).trim();
  const closes = trimmed.slice(separator + 1).trim();
  return closes ? { opens: normaliseTime(opens), closes: normaliseTime(closes) } : null;
}

export function parseDayHours(cell: string): CellParse<TimeRange[]> {
  const text = cell.trim();
  if (text === '' || closedWords.has(text.toLowerCase())) return { ok: true, value: [] };
  const ranges: TimeRange[] = [];
  for (const part of text.split(',')) {
    const range = parseRange(part);
    if (!range) return { ok: false, messageKey: 'locationImport.errors.hoursFormat' };
    ranges.push(range);
  }
  return { ok: true, value: ranges };
}

function toIsoDate(value: string) {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  return german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : value;
}

export function formatSpecialHours(entries: readonly RawSpecialHours[]) {
  return entries
    .map((entry) => {
      const dates =
        entry.startDate === entry.endDate ? entry.startDate : `${entry.startDate}-${entry.endDate}`;
      const hours = entry.closed ? 'x' : formatRanges(entry.ranges);
      return `${dates}: ${hours}${entry.note ? ` ${JSON.stringify(entry.note)}` : ''}`;
    })
    .join(', ');
}

/**
 * Where the double-quoted note that ends `part` starts, null when it ends in none. Quotes are read
 * as splitEntries reads them: a backslash inside quotes escapes the next character.
 */
function trailingNoteStart(part: string) {
  let inQuotes = false;
  let openedAt = -1;
  for (let index = 0; index < part.length; index++) {
    const char = part[index]!;
    if (inQuotes && char === '\\') index++;
    else if (char === '"') {
      inQuotes = !inQuotes;
      if (inQuotes) openedAt = index;
    }
  }
  // The last character closed the quotes opened at `openedAt` (an escaped one leaves them open).
  return !inQuotes && openedAt >= 0 && part.endsWith('"') ? openedAt : null;
}

/** Splits at commas that are not inside a double-quoted note. */
function splitEntries(cell: string) {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index]!;
    if (inQuotes && char === '\\') {
      current += char + (cell[index + 1] ?? '');
      index++;
      continue;
    }
    if (char === '"') inQuotes = !inQuotes;
    if (char === ',' && !inQuotes) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Reads one part's hours ("x", a range, or nothing) and its optional note into `entry`. */
function readHoursPart(entry: RawSpecialHours, part: string) {
  let body = part;
  const noteStart = trailingNoteStart(part);
  if (noteStart !== null) {
    try {
      entry.note = JSON.parse(part.slice(noteStart)) as string;
    } catch {
      return false;
    }
    body = part.slice(0, noteStart);
  }
  body = body.trim();
  if (body === '') return noteStart !== null;
  if (closedWords.has(body.toLowerCase())) {
    entry.closed = true;
    return true;
  }
  const range = parseRange(body);
  if (range) entry.ranges.push(range);
  return range !== null;
}

export function parseSpecialHours(cell: string): CellParse<RawSpecialHours[]> {
  const entries: RawSpecialHours[] = [];
  const failed = { ok: false, messageKey: 'locationImport.errors.specialHoursFormat' } as const;
  for (const part of splitEntries(cell)) {
    const match = entryPattern.exec(part);
    let entry = entries.at(-1);
    let hours = part;
    if (match) {
      const startDate = toIsoDate(match[1]!);
      entry = { startDate, endDate: match[2] ? toIsoDate(match[2]) : startDate, closed: false, ranges: [] };
      entries.push(entry);
      hours = match[3]!;
    }
    if (!entry || !readHoursPart(entry, hours)) return failed;
  }
  return { ok: true, value: entries };
}

/** Google's weekday columns in the order of its sheet. */
export const dayColumns = {
  sun: 'Sunday hours',
  mon: 'Monday hours',
  tue: 'Tuesday hours',
  wed: 'Wednesday hours',
  thu: 'Thursday hours',
  fri: 'Friday hours',
  sat: 'Saturday hours',
} as const satisfies Record<Weekday, string>;
