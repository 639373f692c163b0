import { z } from 'zod';
import type { HistoryPeriod } from '@/lib/score-history/period';
import type { OrganisationScoreHistoryPoint, ScoreHistoryPoint } from '@/lib/score-history/read-history';

// The JSON of GET /api/v1/score-history. The schema types the mapper and describes the answer in
// the OpenAPI document.
const share = (description: string) => z.number().min(0).max(1).meta({ description });

const pointSchema = z.object({
  date: z.string().meta({ description: "The organisation's local date of the snapshot, YYYY-MM-DD." }),
  score: z.int().min(0).max(100).meta({ description: 'The presence score, 0–100.' }),
  coverage: share('Listed weight over applicable weight (50 % of the score).'),
  correctness: share('Of the listed weight, the share matching the master data (30 %).'),
  freshness: share('Of the listed weight, the share re-checked within the freshness period (20 %).'),
  locations: z.int().nullable().meta({
    description: 'Organisation scope: the active locations the mean was taken over; null for a location.',
  }),
});

export const scoreHistoryJsonSchema = z
  .object({
    period: z.object({
      from: z.string().meta({ description: 'First day, included.' }),
      to: z.string().meta({ description: 'Last day, included.' }),
      timeZone: z.string().meta({ description: "The organisation's time zone the dates are in." }),
    }),
    locationId: z
      .uuid()
      .nullable()
      .meta({ description: 'The location asked for; null for the organisation.' }),
    data: z.array(pointSchema).meta({ description: 'One entry per day with a snapshot, oldest first.' }),
  })
  .meta({ title: 'ScoreHistory' });
export type ScoreHistoryJson = z.output<typeof scoreHistoryJsonSchema>;

export function toScoreHistoryJson(
  period: HistoryPeriod,
  timeZone: string,
  locationId: string | null,
  points: (ScoreHistoryPoint | OrganisationScoreHistoryPoint)[],
): ScoreHistoryJson {
  return {
    period: { ...period, timeZone },
    locationId,
    data: points.map((point) => ({
      date: point.date,
      score: point.score,
      coverage: point.coverage,
      correctness: point.correctness,
      freshness: point.freshness,
      locations: 'locations' in point ? point.locations : null,
    })),
  };
}
