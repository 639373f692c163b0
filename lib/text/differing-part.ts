/** A text cut into the part it shares with another text at the start, the part that differs, and the shared end. */
export type MarkedText = { before: string; differing: string; after: string };

// Characters that only separate ("0471 / 48 29-399"): skipped when the two texts are lined up.
const separator = /^[\s\-/.()]$/u;

/**
 * How far the two texts agree from their beginning (`step` 1) or from their end (`step` -1),
 * as a length in code points on each side, skipping separators in between and never going past
 * `limit` on either side.
 */
function agreement(a: string[], b: string[], step: 1 | -1, limit: [number, number]) {
  let [i, j] = step === 1 ? [0, 0] : [a.length - 1, b.length - 1];
  const inside = (index: number, length: number, cap: number) =>
    step === 1 ? index < cap : index >= length - cap;
  const length = (): [number, number] => (step === 1 ? [i, j] : [a.length - i - 1, b.length - j - 1]);
  for (;;) {
    // Separators next to the agreeing part belong to it ("Bäckerei " stays unmarked).
    while (inside(i, a.length, limit[0]) && separator.test(a[i]!)) i += step;
    while (inside(j, b.length, limit[1]) && separator.test(b[j]!)) j += step;
    if (!inside(i, a.length, limit[0]) || !inside(j, b.length, limit[1]) || a[i] !== b[j]) return length();
    i += step;
    j += step;
  }
}

/**
 * Where two texts differ: the common beginning and the common end are left unmarked, what lies
 * between is marked on each side ("0471 4829320" / "0471 / 48 29-399" mark "20" and "99"). Works
 * on code points, so an umlaut or an emoji is never cut in half. One marked stretch per side is
 * what a reader takes in at a glance; several scattered marks would not read better.
 */
export function differingParts(left: string, right: string): { left: MarkedText; right: MarkedText } {
  const a = Array.from(left);
  const b = Array.from(right);
  const [startA, startB] = agreement(a, b, 1, [a.length, b.length]);
  const [endA, endB] = agreement(a, b, -1, [a.length - startA, b.length - startB]);
  const cut = (chars: string[], start: number, end: number): MarkedText => ({
    before: chars.slice(0, start).join(''),
    differing: chars.slice(start, chars.length - end).join(''),
    after: chars.slice(chars.length - end).join(''),
  });
  return { left: cut(a, startA, endA), right: cut(b, startB, endB) };
}
