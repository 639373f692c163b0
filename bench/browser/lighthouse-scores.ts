// Reading Lighthouse results: the three category scores (0–100), the median run, and the audits
// that cost points in a category below its target. Pure functions over Lighthouse's result JSON.
import type { Result } from 'lighthouse';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];
export type CategoryScores = Record<LighthouseCategory, number>;

export const lighthouseTargets: CategoryScores = {
  performance: 90,
  accessibility: 100,
  'best-practices': 95,
};

/** Category scores as 0–100; a category Lighthouse could not score counts as 0. */
export function categoryScores(lhr: Pick<Result, 'categories'>): CategoryScores {
  const score = (category: LighthouseCategory) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
  };
}

/** The run whose performance score is the median (the lower middle one for an even count). */
export function medianRunIndex(scores: CategoryScores[]): number {
  const order = scores.map((score, index) => ({ index, performance: score.performance }));
  order.sort((a, b) => a.performance - b.performance);
  return order[Math.floor((order.length - 1) / 2)]!.index;
}

export function belowTarget(scores: CategoryScores): LighthouseCategory[] {
  return lighthouseCategories.filter((category) => scores[category] < lighthouseTargets[category]);
}

/**
 * The audits of a category that did not pass (score below 0.9, as Lighthouse shows them in red or
 * orange), weighted ones first. Informative and not-applicable audits have no score and are skipped.
 */
export function failingAudits(
  lhr: Pick<Result, 'categories' | 'audits'>,
  category: LighthouseCategory,
): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => {
      const audit = lhr.audits[ref.id];
      return audit && audit.score !== null && audit.score < 0.9;
    })
    .sort((a, b) => b.weight - a.weight)
    .map((ref) => ref.id);
}

/** The performance metrics of a run, milliseconds (CLS unitless), for reading what dragged a score. */
export function keyMetrics(lhr: Pick<Result, 'audits'>) {
  const value = (id: string, decimals = 0) => {
    const numeric = lhr.audits[id]?.numericValue;
    return numeric === undefined ? null : Number(numeric.toFixed(decimals));
  };
  return {
    firstContentfulPaintMs: value('first-contentful-paint'),
    largestContentfulPaintMs: value('largest-contentful-paint'),
    totalBlockingTimeMs: value('total-blocking-time'),
    speedIndexMs: value('speed-index'),
    cumulativeLayoutShift: value('cumulative-layout-shift', 3),
  };
}
