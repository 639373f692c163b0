import type { PlainDate } from '@/lib/weeks/iso-week';
import type { DayInterval } from './hours-types';
import { formatMinutes } from './local-days';

// A day's hours as minutes of the day, so that two ways of writing the same hours compare equal:
// "08:00–12:00, 12:00–18:00" is "08:00–18:00".

export type DaySpan = { start: number; end: number; unknown: boolean; comment?: string };
export type DaySpans = { date: PlainDate; spans: DaySpan[] };

/** Sorted, empty spans dropped, touching or overlapping spans of the same kind joined. */
export function normaliseSpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  const joined: DaySpan[] = [];
  for (const span of sorted) {
    const last = joined.at(-1);
    if (last && last.unknown === span.unknown && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.comment ??= span.comment;
    } else joined.push({ ...span });
  }
  return joined;
}

/** Equal when open (and unknown) at the same minutes; comments do not count. */
export function sameSpans(a: readonly DaySpan[], b: readonly DaySpan[]) {
  return (
    a.length === b.length &&
    a.every(
      (span, index) =>
        span.start === b[index]!.start && span.end === b[index]!.end && span.unknown === b[index]!.unknown,
    )
  );
}

export function intervalsOf(spans: readonly DaySpan[]): DayInterval[] {
  return spans.map((span) => ({
    opens: formatMinutes(span.start),
    closes: formatMinutes(span.end),
    ...(span.unknown ? { unknown: true as const } : {}),
    ...(span.comment ? { comment: span.comment } : {}),
  }));
}
