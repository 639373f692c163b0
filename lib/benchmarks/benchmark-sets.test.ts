import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { createTeam, expectAppError } from '@/tests/support/factories';
import {
  builtInBenchmarkSetKey,
  createBenchmarkSet,
  deleteBenchmarkSet,
  getBenchmarkSet,
  listBenchmarkSets,
} from './benchmark-sets';
import { benchmarkSetCreateSchema } from './schemas';

const validSet = {
  name: 'Social Media Monitor',
  source: 'Verband der KMU',
  sourceUrl: 'https://example.org/studie',
  year: 2025,
  sampleSize: 1200,
  figures: [
    { metric: 'DAILY_TIME', label: 'bis 1 Stunde', sharePercent: 55, minMinutes: 0, maxMinutes: 60 },
    { metric: 'DAILY_TIME', label: 'über 1 Stunde', sharePercent: 45, minMinutes: 60, maxMinutes: 1440 },
    { metric: 'POST_FREQUENCY', label: 'täglich', sharePercent: 30, minPostsPerWeek: 5 },
    { metric: 'PLATFORM_USAGE', label: 'Instagram', sharePercent: 61.5, platformKey: 'instagram' },
  ],
};

const messagesOf = (input: unknown) => {
  const result = benchmarkSetCreateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('benchmark sets', () => {
  it('lists the built-in survey with source, year, sample size and its figures', async () => {
    const team = await createTeam();
    const [survey] = await listBenchmarkSets(team.staff);
    expect(survey).toMatchObject({ key: builtInBenchmarkSetKey, builtIn: true, year: 2012, sampleSize: 500 });
    expect(survey?.source).toContain('Hochschule Bremerhaven');
    expect(survey?.figures).toHaveLength(19);
    expect(survey?.figures.find((figure) => figure.key === 'not-broken-down')).toMatchObject({
      minMinutes: null,
      maxMinutes: null,
      sharePercent: 10.4,
    });
  });

  it('lets managers add a set of their own that only their organisation sees', async () => {
    const team = await createTeam();
    const other = await createTeam();
    const { id } = await createBenchmarkSet(team.manager, benchmarkSetCreateSchema.parse(validSet));
    const set = await getBenchmarkSet(team.staff, id);
    expect(set).toMatchObject({ builtIn: false, name: 'Social Media Monitor', year: 2025, sampleSize: 1200 });
    expect(set.figures.map((figure) => [figure.metric, figure.key, figure.sharePercent])).toEqual([
      ['DAILY_TIME', 'bis-1-stunde', 55],
      ['DAILY_TIME', 'uber-1-stunde', 45],
      ['POST_FREQUENCY', 'taglich', 30],
      ['PLATFORM_USAGE', 'instagram', 61.5],
    ]);
    expect((await listBenchmarkSets(team.manager)).map((entry) => entry.name)).toContain(
      'Social Media Monitor',
    );
    expect((await listBenchmarkSets(other.manager)).map((entry) => entry.name)).not.toContain(
      'Social Media Monitor',
    );
    await expectAppError(getBenchmarkSet(other.manager, id), 'NOT_FOUND');
    await expectAppError(getBenchmarkSet(team.manager, 'not-a-uuid'), 'NOT_FOUND');
  });

  it('refuses staff and deletes only own sets', async () => {
    const team = await createTeam();
    const other = await createTeam();
    await expectAppError(
      createBenchmarkSet(team.staff, benchmarkSetCreateSchema.parse(validSet)),
      'FORBIDDEN',
    );
    const { id } = await createBenchmarkSet(team.owner, benchmarkSetCreateSchema.parse(validSet));
    await expectAppError(deleteBenchmarkSet(team.staff, id), 'FORBIDDEN');
    await expectAppError(deleteBenchmarkSet(other.manager, id), 'NOT_FOUND');
    const builtIn = await db.benchmarkSet.findUniqueOrThrow({ where: { key: builtInBenchmarkSetKey } });
    await expectAppError(deleteBenchmarkSet(team.manager, builtIn.id), 'NOT_FOUND');
    expect(await db.benchmarkFigure.count({ where: { setId: builtIn.id } })).toBe(19);
    await deleteBenchmarkSet(team.manager, id);
    await expectAppError(getBenchmarkSet(team.manager, id), 'NOT_FOUND');
    expect(await db.benchmarkFigure.count({ where: { setId: id } })).toBe(0);
  });

  it('names what is wrong with the figures', async () => {
    const withFigures = (figures: object[]) => ({ ...validSet, figures });
    expect(messagesOf(withFigures([]))).toEqual(['benchmarks.errors.figuresRequired']);
    expect(
      messagesOf(withFigures([{ metric: 'DAILY_TIME', label: 'ab 30', sharePercent: 20, minMinutes: 30 }])),
    ).toEqual(['benchmarks.errors.bandBoundsIncomplete']);
    expect(
      messagesOf(
        withFigures([{ metric: 'DAILY_TIME', label: 'x', sharePercent: 20, minMinutes: 60, maxMinutes: 30 }]),
      ),
    ).toEqual(['benchmarks.errors.bandBoundsReversed']);
    expect(
      messagesOf(
        withFigures([
          { metric: 'DAILY_TIME', label: 'a', sharePercent: 60, minMinutes: 0, maxMinutes: 60 },
          { metric: 'DAILY_TIME', label: 'b', sharePercent: 40.6, minMinutes: 30, maxMinutes: 90 },
        ]),
      ),
    ).toEqual(['benchmarks.errors.timeSharesTooHigh', 'benchmarks.errors.bandsOverlap']);
    expect(messagesOf(withFigures([{ metric: 'POST_FREQUENCY', label: 'oft', sharePercent: 20 }]))).toEqual([
      'benchmarks.errors.postsRequired',
    ]);
    expect(
      messagesOf(
        withFigures([{ metric: 'GOAL', label: 'Werbung', sharePercent: 20, platformKey: 'facebook' }]),
      ),
    ).toEqual(['benchmarks.errors.platformOnlyForUsage']);
    expect(messagesOf(withFigures([{ metric: 'GOAL', label: 'Werbung', sharePercent: 120 }]))).toEqual([
      'benchmarks.errors.shareInvalid',
    ]);
    expect(messagesOf({ ...validSet, year: 1980, sampleSize: 0 })).toEqual([
      'benchmarks.errors.yearInvalid',
      'benchmarks.errors.sampleSizeInvalid',
    ]);
    // The survey's own rounding (35.5 + 39.0 + 15.1 + 10.4 = 100.0) and a little over pass.
    expect(
      messagesOf(
        withFigures([
          { metric: 'POST_FREQUENCY', label: 'a', sharePercent: 50.3, minPostsPerWeek: 5 },
          { metric: 'POST_FREQUENCY', label: 'b', sharePercent: 50.2, minPostsPerWeek: 0 },
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the form rows and drops blank ones', () => {
    const form = {
      name: 'Umfrage',
      source: 'Kammer',
      year: '2024',
      sampleSize: '300',
      'figures.0.metric': 'DAILY_TIME',
      'figures.0.label': 'bis 30 Minuten',
      'figures.0.sharePercent': '40,5',
      'figures.0.minMinutes': '0',
      'figures.0.maxMinutes': '30',
      'figures.1.metric': 'DAILY_TIME',
      'figures.1.label': '',
      'figures.1.sharePercent': '',
      'figures.1.minMinutes': '',
      'figures.1.maxMinutes': '',
      'figures.2.metric': 'GOAL',
      'figures.2.label': 'Bekanntheit',
      'figures.2.sharePercent': '48',
    };
    const parsed = benchmarkSetCreateSchema.parse(form);
    expect(parsed.year).toBe(2024);
    expect(parsed.figures).toEqual([
      expect.objectContaining({ metric: 'DAILY_TIME', sharePercent: 40.5, minMinutes: 0, maxMinutes: 30 }),
      expect.objectContaining({ metric: 'GOAL', label: 'Bekanntheit', sharePercent: 48 }),
    ]);
  });
});
