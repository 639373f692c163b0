/**
 * The presence score (0–100) of a location combines, by platform weight:
 * - coverage (50 %): platforms where the business is listed (claimed, live or needing an update)
 *   over all platforms that apply (not marked "not applicable");
 * - correctness (30 %): of the listed weight, the share whose shown data matches the master data;
 * - freshness (20 %): of the listed weight, the share re-checked within the organisation's period.
 * With nothing listed, correctness and freshness count as 0. Computed in SQL (lib/listings/score.ts).
 */
export const scoreWeights = { coverage: 0.5, correctness: 0.3, freshness: 0.2 } as const;

export type ScoreBand = 'good' | 'fair' | 'poor';

export function scoreBand(score: number): ScoreBand {
  return score >= 75 ? 'good' : score >= 40 ? 'fair' : 'poor';
}
