import { groupFilterParam } from '@/lib/access/group-filter-param';
import { z } from 'zod';
import { trimOf } from '@/lib/text/trim-characters';
import { isStorableText, storableTextError } from '@/lib/validation/storable-text';
import { blankToNull } from '@/lib/validation/optional-text';
import {
  compareIsoWeeks,
  isoWeekOfDate,
  isoWeeksBetween,
  isPlainDate,
  parseIsoWeek,
  type IsoWeek,
} from '@/lib/weeks/iso-week';
import { benchmarkMetrics, type BenchmarkMetricValue } from './metrics';

export { benchmarkMetrics, type BenchmarkMetricValue } from './metrics';

// One schema per input of the benchmarks area, shared by the page's forms, the server actions
// and the HTTP API. Messages are full keys under "benchmarks.errors".
const error = (key: string) => ({ error: `benchmarks.errors.${key}` });
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
/** A yes/no in a URL or form: "true", "1" or "on" (a ticked checkbox); blank is "not asked". */
const flagOf = (value: unknown) => {
  if (typeof value !== 'string') return value ?? undefined;
  const text = value.trim().toLowerCase();
  if (text === '') return undefined;
  if (text === 'true' || text === '1' || text === 'on') return true;
  if (text === 'false' || text === '0' || text === 'off') return false;
  return value;
};
/** Form numbers may use a decimal comma ("39,0"). */
const formNumber = (value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? null : Number(value.trim().replace(',', '.'))) : value;

/** The longest period a comparison covers: three years of weeks. */
export const maxComparisonWeeks = 156;
/** The period shown when none is chosen: the 12 weeks up to and including the current one. */
export const defaultComparisonWeeks = 12;

const isoWeekObject = z.object({ year: z.int(), week: z.int() });

/**
 * An ISO week as "2026-W01", or a date "2026-01-05" standing for its ISO week. Already parsed
 * weeks ({ year, week }) pass too, so parsing a parsed query again changes nothing.
 */
export const weekOrDateSchema = z
  .union([z.string(error('weekInvalid')), isoWeekObject], error('weekInvalid'))
  .transform((value, context): IsoWeek => {
    const week =
      typeof value !== 'string'
        ? parseIsoWeek(`${value.year}-W${String(value.week).padStart(2, '0')}`)
        : isPlainDate(value.trim())
          ? isoWeekOfDate(value.trim())
          : parseIsoWeek(value.trim().toUpperCase());
    if (!week) {
      context.addIssue({ code: 'custom', message: 'benchmarks.errors.weekInvalid' });
      return z.NEVER;
    }
    return week;
  })
  .meta({
    type: 'string',
    description: 'An ISO week ("2026-W01") or a date ("2026-01-05") standing for its ISO week.',
  });

/**
 * GET /api/v1/benchmarks/comparison and the benchmarks page. `from` and `to` are left out for
 * the default period, which depends on the organisation's time zone (see resolvePeriod);
 * a location and a member narrow the scope, one or the other.
 */
export const comparisonQuerySchema = z
  .object({
    from: z.preprocess(blankToUndefined, weekOrDateSchema.optional()),
    to: z.preprocess(blankToUndefined, weekOrDateSchema.optional()),
    locationId: z.preprocess(blankToUndefined, z.uuid(error('locationInvalid')).optional()),
    membershipId: z.preprocess(blankToUndefined, z.uuid(error('memberInvalid')).optional()),
    set: z.preprocess(blankToUndefined, z.uuid(error('setInvalid')).optional()),
    /** Count the running week (and any later one) in totals and averages; left out by default. */
    includeCurrentWeek: z.preprocess(flagOf, z.boolean(error('flagInvalid')).optional()),
    /** Only this location group's locations (checked against the database by loadComparison). */
    group: groupFilterParam,
  })
  .superRefine((query, context) => {
    if (query.locationId && query.membershipId)
      context.addIssue({ code: 'custom', path: ['membershipId'], message: 'benchmarks.errors.oneScopeOnly' });
    if (!query.from || !query.to) return;
    if (compareIsoWeeks(query.to, query.from) < 0)
      context.addIssue({ code: 'custom', path: ['to'], message: 'benchmarks.errors.periodReversed' });
    else if (isoWeeksBetween(query.from, query.to).length > maxComparisonWeeks)
      context.addIssue({ code: 'custom', path: ['to'], message: 'benchmarks.errors.periodTooLong' });
  });
export type ComparisonQuery = z.output<typeof comparisonQuerySchema>;
/** What callers may pass: strings as in a URL, or weeks already parsed. */
export type ComparisonQueryInput = z.input<typeof comparisonQuerySchema>;

/** Metrics whose figures are exclusive groups of the sample, so their shares add up to at most 100 %. */
export const exclusiveMetrics: readonly BenchmarkMetricValue[] = ['DAILY_TIME', 'POST_FREQUENCY'];
/** Rounding in a source (35.5 + 39.0 + 15.1 + 10.4) may add up to a little over 100. */
const maxShareSum = 100.5;
const minutesPerDay = 24 * 60;

const optionalWholeNumber = (max: number, key: string) =>
  z.preprocess(
    formNumber,
    z.number(error(key)).int(error(key)).min(0, error(key)).max(max, error(key)).nullish(),
  );

export const benchmarkFigureInputSchema = z.object({
  metric: z.enum(benchmarkMetrics, error('metricInvalid')),
  /** Stable within the set and metric; made from the label when left out. */
  key: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, error('figureKeyInvalid'))
      .optional(),
  ),
  label: z
    .string(error('labelRequired'))
    .trim()
    .min(1, error('labelRequired'))
    .max(120, error('textTooLong'))
    .refine(isStorableText, storableTextError),
  sharePercent: z.preprocess(
    formNumber,
    z.number(error('shareInvalid')).min(0, error('shareInvalid')).max(100, error('shareInvalid')),
  ),
  minMinutes: optionalWholeNumber(minutesPerDay, 'minutesInvalid'),
  maxMinutes: optionalWholeNumber(minutesPerDay, 'minutesInvalid'),
  minPostsPerWeek: z.preprocess(
    formNumber,
    z.number(error('postsInvalid')).min(0, error('postsInvalid')).max(999, error('postsInvalid')).nullish(),
  ),
  platformKey: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, error('platformKeyInvalid'))
      .nullish(),
  ),
});
export type BenchmarkFigureInput = z.output<typeof benchmarkFigureInputSchema>;

/** A figure's key as stored: the given one, else its label in lower case with dashes. */
export function figureKeyOf(figure: Pick<BenchmarkFigureInput, 'key' | 'label'>) {
  if (figure.key) return figure.key;
  const slug = figure.label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-');
  return trimOf(slug, '-').slice(0, 60) || 'figure';
}

/** Rules between the figures of one set; every issue names the metric it is about. */
function checkFigures(figures: BenchmarkFigureInput[], context: z.RefinementCtx) {
  const issue = (key: string) =>
    context.addIssue({ code: 'custom', path: ['figures'], message: `benchmarks.errors.${key}` });
  const seenKeys = new Set<string>();
  for (const figure of figures) {
    const hasBounds = figure.minMinutes != null || figure.maxMinutes != null;
    if (figure.metric === 'DAILY_TIME') {
      if ((figure.minMinutes == null) !== (figure.maxMinutes == null)) issue('bandBoundsIncomplete');
      else if (hasBounds && figure.minMinutes! >= figure.maxMinutes!) issue('bandBoundsReversed');
    } else if (hasBounds) issue('boundsOnlyForTime');
    if (figure.metric === 'POST_FREQUENCY') {
      if (figure.minPostsPerWeek == null) issue('postsRequired');
    } else if (figure.minPostsPerWeek != null) issue('postsOnlyForFrequency');
    if (figure.platformKey && figure.metric !== 'PLATFORM_USAGE') issue('platformOnlyForUsage');
    const key = `${figure.metric}:${figureKeyOf(figure)}`;
    if (seenKeys.has(key)) issue('figureKeyDuplicate');
    seenKeys.add(key);
  }
  for (const metric of exclusiveMetrics) {
    const ofMetric = figures.filter((figure) => figure.metric === metric);
    const sum = ofMetric.reduce((total, figure) => total + figure.sharePercent, 0);
    if (sum > maxShareSum) issue(metric === 'DAILY_TIME' ? 'timeSharesTooHigh' : 'frequencySharesTooHigh');
  }
  const bands = figures
    .filter(
      (figure) => figure.metric === 'DAILY_TIME' && figure.minMinutes != null && figure.maxMinutes != null,
    )
    .sort((a, b) => a.minMinutes! - b.minMinutes!);
  if (bands.some((band, index) => index > 0 && band.minMinutes! < bands[index - 1]!.maxMinutes!))
    issue('bandsOverlap');
  const openBands = figures.filter((figure) => figure.metric === 'DAILY_TIME' && figure.minMinutes == null);
  if (openBands.length > 1) issue('oneOpenBandOnly');
  const frequencies = figures.filter(
    (figure) => figure.metric === 'POST_FREQUENCY' && figure.minPostsPerWeek != null,
  );
  if (new Set(frequencies.map((figure) => figure.minPostsPerWeek)).size < frequencies.length)
    issue('frequencyThresholdDuplicate');
  if (figures.filter((figure) => figure.metric === 'ACTIVE_SHARE').length > 1) issue('oneActiveShareOnly');
}

/**
 * Rows of the set form arrive as flat fields ("figures.3.label"); rows left blank are dropped.
 * A JSON body with a `figures` array passes unchanged.
 */
function figuresFromForm(value: unknown) {
  if (!value || typeof value !== 'object' || Array.isArray(value) || 'figures' in value) return value;
  const rows = new Map<number, Record<string, unknown>>();
  const rest: Record<string, unknown> = {};
  for (const [name, fieldValue] of Object.entries(value)) {
    const match = /^figures\.(\d+)\.(\w+)$/.exec(name);
    if (!match) {
      rest[name] = fieldValue;
      continue;
    }
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2]!] = fieldValue;
    rows.set(index, row);
  }
  const filled = (row: Record<string, unknown>) =>
    Object.entries(row).some(
      ([name, fieldValue]) => name !== 'metric' && typeof fieldValue === 'string' && fieldValue.trim() !== '',
    );
  const figures = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter(filled);
  return { ...rest, figures };
}

export const benchmarkSetCreateSchema = z.preprocess(
  figuresFromForm,
  z.object({
    name: z
      .string(error('nameRequired'))
      .trim()
      .min(2, error('nameRequired'))
      .max(200, error('textTooLong'))
      .refine(isStorableText, storableTextError),
    source: z
      .string(error('sourceRequired'))
      .trim()
      .min(2, error('sourceRequired'))
      .max(500, error('textTooLong'))
      .refine(isStorableText, storableTextError),
    sourceUrl: z.preprocess(
      blankToNull,
      z
        .url({ protocol: /^https?$/, error: 'benchmarks.errors.urlInvalid' })
        .max(2000, error('urlInvalid'))
        .refine(isStorableText, storableTextError)
        .nullish(),
    ),
    year: z.preprocess(
      formNumber,
      z
        .number(error('yearInvalid'))
        .int(error('yearInvalid'))
        .min(1990, error('yearInvalid'))
        .refine((year) => year <= new Date().getUTCFullYear() + 1, error('yearInvalid')),
    ),
    sampleSize: z.preprocess(
      formNumber,
      z
        .number(error('sampleSizeInvalid'))
        .int(error('sampleSizeInvalid'))
        .min(1, error('sampleSizeInvalid'))
        .max(100_000_000, error('sampleSizeInvalid')),
    ),
    notes: z.preprocess(
      blankToNull,
      z.string().trim().max(2000, error('textTooLong')).refine(isStorableText, storableTextError).nullish(),
    ),
    figures: z
      .array(benchmarkFigureInputSchema, error('figuresRequired'))
      .min(1, error('figuresRequired'))
      .max(60, error('tooManyFigures'))
      .superRefine(checkFigures),
  }),
);
export type BenchmarkSetCreateInput = z.output<typeof benchmarkSetCreateSchema>;

export const benchmarkSetIdSchema = z.object({ setId: z.uuid(error('setInvalid')) });
