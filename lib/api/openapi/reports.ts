import { monthlyReportJsonSchema } from '@/lib/api/reports/representation';
import { answers, json, jsonSchemaOf, ref } from './helpers';

// Paths and schemas of /api/v1/reports: the monthly report as JSON and as PDF.

const monthParameter = {
  name: 'month',
  in: 'query',
  required: false,
  description:
    "The month, YYYY-MM: a past one or the current one (figures so far), not before the organisation was created. Default: the month before the current one in the organisation's time zone.",
  schema: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', examples: ['2026-11'] },
};

const parameters = [
  monthParameter,
  {
    name: 'group',
    in: 'query',
    required: false,
    description:
      "Only the locations of this location group (id, see `GET /api/v1/location-groups`); every figure is then the group's. Another organisation's group, or for a limited manager's token a group outside their limit, answers 404.",
    schema: { type: 'string', format: 'uuid' },
  },
];

const description = `The monthly report's figures, as the page /o/{slug}/reports, its PDF and the monthly mail show them:

- **score**: the presence score at the month's last snapshot and at the end of the month before, the month's daily snapshots and the last snapshot of each of the 11 months before (for a group: the mean of its locations' snapshots);
- **listings**: items gained (live, and neither live nor "needs update" before), lost (no longer live, or a listed item gone) and corrected (NEEDS_UPDATE → LIVE) in the month, each counted once by where it ended up; and what needs someone now: wrong data, claim open and not started (items without a row count as not started), by status and platform, with the first 20;
- **checkIns**: the weeks whose check-in day lies in the month and has passed; a week is due for each location that existed and was not archived at its deadline (the end of the check-in day), on time when submitted before it, late after it, missing when not submitted;
- **hours**: minutes per week (check-in lines and time entries) and per working day and location with data, placed in the daily-time bands of the built-in survey;
- **verification**: checks that ended in the month by source and status, the latest observations made in it by source and outcome, and the statuses the checks set themselves.`;

export function reportSchemas() {
  return { MonthlyReport: jsonSchemaOf(monthlyReportJsonSchema, 'output') };
}

export function reportPaths() {
  return {
    '/api/v1/reports/monthly': {
      get: {
        operationId: 'getMonthlyReport',
        summary: 'The monthly report, for the organisation or one location group',
        description,
        parameters,
        responses: {
          200: { description: "The month's figures.", content: json(ref('MonthlyReport')) },
          ...answers('Unauthorized', 'NotFound', 'ValidationFailed'),
        },
      },
    },
    '/api/v1/reports/monthly.pdf': {
      get: {
        operationId: 'getMonthlyReportPdf',
        summary: 'The monthly report as a PDF',
        description:
          "The same report as `GET /api/v1/reports/monthly`, as a PDF with its charts (file name `ortsbild-bericht-<organisation slug>-<YYYY-MM>.pdf`), in the language of `Accept-Language` (German or English; English by default, like the API's error messages). Errors answer JSON as everywhere.",
        parameters,
        responses: {
          200: {
            description: 'The PDF, as an attachment.',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          ...answers('Unauthorized', 'NotFound', 'ValidationFailed'),
        },
      },
    },
  };
}
