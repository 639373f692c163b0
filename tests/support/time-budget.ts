// Time budgets for work that must never hold the event loop: a pattern or parser that is slower
// than linear takes seconds on hostile input, a linear one milliseconds, so a generous budget
// tells them apart without measuring performance. The fastest of a few runs is taken, so that a
// garbage collection or a busy neighbour test does not count against the code.

/**
 * The time of `work` in milliseconds against `budgetMs`: one run when it fits, else the fastest
 * of three (so a single disturbed run does not fail it, while a slow pattern still does).
 */
export async function timeWithinBudget(work: () => unknown, budgetMs: number) {
  let fastest = Infinity;
  for (let run = 0; run < 3 && fastest >= budgetMs; run++) {
    const started = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** The fastest of `runs` calls of `work`, in milliseconds. */
export function fastestRunMs(work: () => unknown, runs = 3) {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/** The budget of one call of a normaliser, parser or schema on hostile input (issue #18). */
export const hostileInputBudgetMs = 50;
