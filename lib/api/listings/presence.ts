import { z } from 'zod';
import type { LocationScore } from '@/lib/listings/score';

// A location's presence score in /api/v1 (computed in SQL by lib/listings/score.ts; the formula
// is described in lib/listings/score-formula.ts).
const share = (description: string) => z.number().min(0).max(1).meta({ description });

export const presenceJsonSchema = z
  .object({
    score: z.int().min(0).max(100).meta({ description: '0–100: good from 75, fair from 40, poor below.' }),
    coverage: share(
      'Weighted share of the applicable platforms where the location is listed (50% of the score).',
    ),
    correctness: share('Of the listed weight, the share whose shown data matches the master data (30%).'),
    freshness: share("Of the listed weight, the share checked within the organisation's period (20%)."),
  })
  .meta({ title: 'Presence' });
export type PresenceJson = z.output<typeof presenceJsonSchema>;

export function toPresenceJson(score: LocationScore | undefined | null): PresenceJson | null {
  if (!score) return null;
  return {
    score: score.score,
    coverage: score.coverage,
    correctness: score.correctness,
    freshness: score.freshness,
  };
}
