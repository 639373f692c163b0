import type { CheckInContent } from './schemas';

// A check-in's content in one canonical form: lines without minutes are not kept (a line says
// where time went), lines and re-checked platforms sorted. Two contents are the same when their
// canonical forms are, which is what makes PUT idempotent.

type Line = { platformId: string; activity: string; minutes: number };
type ComparableContent = Pick<
  CheckInContent,
  'postsPublished' | 'reviewsAnswered' | 'recheckedPlatformIds' | 'notes' | 'blockers'
> & { lines: Line[] };

/** The lines worth storing: those with minutes. */
export function linesWithMinutes<L extends Line>(lines: L[]): L[] {
  return lines.filter((line) => line.minutes > 0);
}

function canonical(content: ComparableContent) {
  return JSON.stringify({
    lines: linesWithMinutes(content.lines)
      .map((line) => `${line.platformId}:${line.activity}:${line.minutes}`)
      .sort(),
    postsPublished: content.postsPublished,
    reviewsAnswered: content.reviewsAnswered,
    rechecked: [...content.recheckedPlatformIds].sort(),
    notes: content.notes ?? null,
    blockers: content.blockers ?? null,
  });
}

export function sameContent(a: ComparableContent, b: ComparableContent) {
  return canonical(a) === canonical(b);
}

/** The form's and the API's input shape as comparable content. */
export function comparableInput(input: CheckInContent): ComparableContent {
  return { ...input, lines: input.minutes };
}
