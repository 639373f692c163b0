import {
  benchmarkComparisonJsonSchema,
  benchmarkSetJsonSchema,
  benchmarkSetListJsonSchema,
} from '@/lib/api/benchmarks/representation';
import { maxComparisonWeeks } from '@/lib/benchmarks/schemas';
import { answers, json, jsonSchemaOf, ref, type JsonSchema, groupParameter } from './helpers';

// Paths and schemas of /api/v1/benchmarks: the benchmark sets and the comparison with one of them.

const weekParameter = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: {
    type: 'string',
    pattern: '^(\\d{4}-W\\d{2}|\\d{4}-\\d{2}-\\d{2})$',
    examples: ['2026-W03', '2026-01-12'],
  },
});

const uuidQuery = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', format: 'uuid' },
});

const comparisonDescription = `Your own community-management figures over whole ISO weeks, set against a benchmark set (default: the survey of 500 SMEs at Hochschule Bremerhaven, 2012). Every figure comes with its set's source, year and sample size (\`set\`).

**Definitions** (recompute them from the weekly data of GET /api/v1/checkins and the time entries):
- The period is the ISO weeks \`from\` to \`to\`, both included; \`period.weeks\` is their number, and \`trend\` has every one of them.
- The week running now (and any later one) is not over: its figures are partial, and it is left out of every total, average, breakdown and table unless \`includeCurrentWeek=true\`. \`period.countedWeeks\` is the number of weeks counted ("weeks" below); \`trend[].counted\` and \`trend[].unfinished\` mark each week.
- \`totals.minutes\`: all minutes of the counted weeks, check-in lines (counted for the week's member) and time entries (counted for whoever logged them) alike.
- \`minutesPerWorkingDay\` = minutes / (weeks × 5); \`minutesPerDay\` = minutes / (weeks × 7). With no week counted yet, every figure is 0 and \`hasData\` false.
- \`totals.posts\` = sum of the check-ins' postsPublished (drafts included); \`postsPerWeek\` = posts / weeks; reviews alike.
- Organisation scope also: \`scope.locations\` = non-archived locations; \`scope.locationsWithData\` = locations with minutes or a check-in in the counted weeks (archived ones included, as their minutes are in the total); \`minutesPerWorkingDayPerLocation\` = minutes / (weeks × 5 × locationsWithData), \`postsPerWeekPerLocation\` = posts / (weeks × locationsWithData), null when no location has data.
- The survey asked per business, so the scope's own figure (for the organisation: the whole business) is placed in the bands: the DAILY_TIME band with minMinutes ≤ minutesPerWorkingDay < maxMinutes, using the unrounded value; above all bands, the band the source does not break down ("more than 3 hours a day: the survey does not break this group down"). \`bandPerLocationKey\` places the average location the same way.
- Posting frequency: the POST_FREQUENCY class with the highest minPostsPerWeek ≤ postsPerWeek (survey: ≥ 5 daily, ≥ 2 several times a week, else less often).
- Platforms active: platforms with more than 0 minutes in the period, matched to the survey's PLATFORM_USAGE figures by \`platformKey\`; \`surveyNotActive\` lists the survey's platforms without minutes.
- \`trend\` has every week of the period, weeks without anything recorded as zeros.
- Averages and shares are rounded to one decimal; totals are exact.

Scope: the whole organisation, one location (\`locationId\`) or one member (\`membershipId\`), not both. \`perLocation\` and \`perMember\` (the 50 with the most minutes) come only for the organisation scope.`;

export function benchmarkSchemas() {
  return {
    BenchmarkSet: jsonSchemaOf(benchmarkSetJsonSchema, 'output'),
    BenchmarkSetList: {
      ...jsonSchemaOf(benchmarkSetListJsonSchema, 'output'),
      properties: { data: { type: 'array', items: ref('BenchmarkSet') } },
    } satisfies JsonSchema,
    BenchmarkComparison: jsonSchemaOf(benchmarkComparisonJsonSchema, 'output'),
  };
}

export function benchmarkPaths() {
  return {
    '/api/v1/benchmarks': {
      get: {
        operationId: 'listBenchmarkSets',
        summary: "The built-in survey and the organisation's own benchmark sets, with their figures",
        description:
          'Each set carries its source, year and sample size; never show one of its figures without them. DAILY_TIME bands are minutes per working day (min inclusive, max exclusive).',
        responses: {
          200: {
            description: 'Built-in sets first, then own sets, newest survey first.',
            content: json(ref('BenchmarkSetList')),
          },
          ...answers('Unauthorized'),
        },
      },
    },
    '/api/v1/benchmarks/comparison': {
      get: {
        operationId: 'compareWithBenchmark',
        summary: 'Own figures over a period compared with a benchmark set',
        description: comparisonDescription,
        parameters: [
          weekParameter(
            'from',
            'First ISO week, or a date standing for its week. Default: 11 weeks before `to` (or before the current week in the organisation’s time zone).',
          ),
          weekParameter(
            'to',
            `Last ISO week (included), or a date standing for its week. Default: the current week; at most ${maxComparisonWeeks} weeks after \`from\`.`,
          ),
          uuidQuery('locationId', 'Only this location.'),
          uuidQuery('membershipId', 'Only this member (their check-in weeks and the time they logged).'),
          uuidQuery('set', 'The benchmark set (id); default the built-in survey.'),
          groupParameter,
          {
            name: 'includeCurrentWeek',
            in: 'query',
            required: false,
            description:
              'Count the running week (and any later one in the period) in totals and averages. Default false: its figures are partial.',
            schema: { type: 'boolean', default: false },
          },
        ],
        responses: {
          200: { description: 'The comparison.', content: json(ref('BenchmarkComparison')) },
          ...answers('Unauthorized', 'NotFound', 'ValidationFailed'),
        },
      },
    },
  };
}
