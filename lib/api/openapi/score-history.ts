import { scoreHistoryJsonSchema } from '@/lib/api/score-history/representation';
import { defaultHistoryDays, maxHistoryDays } from '@/lib/score-history/schemas';
import { answers, json, jsonSchemaOf, ref, groupParameter } from './helpers';

// Paths and schemas of /api/v1/score-history: the daily presence score snapshots.

const dateParameter = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', format: 'date', examples: ['2026-11-01'] },
});

const description = `The presence score and its parts as recorded once a day (shortly after midnight in the organisation's time zone), for the organisation (the mean over its active locations, as on the dashboard) or one location.

Each day's figures are what the live score showed that day (see \`GET /api/v1/listings\` for today's items): coverage is the listed weight over the applicable weight, correctness and freshness are shares of the listed weight, and score = round(100 × (0.5 × coverage + 0.3 × correctness + 0.2 × freshness)). Days without a snapshot (before the first one) are missing from \`data\`. Location snapshots are kept 25 months, the organisation's as long as it exists.`;

export function scoreHistorySchemas() {
  return { ScoreHistory: jsonSchemaOf(scoreHistoryJsonSchema, 'output') };
}

export function scoreHistoryPaths() {
  return {
    '/api/v1/score-history': {
      get: {
        operationId: 'getScoreHistory',
        summary: 'The presence score per day, for the organisation or one location',
        description,
        parameters: [
          dateParameter(
            'from',
            `First day (included). Default: ${defaultHistoryDays} days up to \`to\`; at most ${maxHistoryDays} days before it.`,
          ),
          dateParameter('to', "Last day (included). Default: today in the organisation's time zone."),
          {
            name: 'locationId',
            in: 'query',
            required: false,
            description: 'Only this location (archived ones keep their history).',
            schema: { type: 'string', format: 'uuid' },
          },
          {
            ...groupParameter,
            description: `${groupParameter.description} The daily figures are then the mean of the group's location snapshots (kept 25 months). Not together with \`locationId\`.`,
          },
        ],
        responses: {
          200: { description: 'The days of the period with a snapshot.', content: json(ref('ScoreHistory')) },
          ...answers('Unauthorized', 'NotFound', 'ValidationFailed'),
        },
      },
    },
  };
}
