import { describe, expect, it } from 'vitest';
import { GET as getComparison } from '@/app/api/v1/benchmarks/comparison/route';
import { GET as listSets } from '@/app/api/v1/benchmarks/route';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { createBenchmarkSet } from '@/lib/benchmarks/benchmark-sets';
import { insertRecords, singleLineCheckIn } from '@/lib/benchmarks/test-support';
import { benchmarkSetCreateSchema } from '@/lib/benchmarks/schemas';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam, insertTestLocation, platformIdsByKey } from '@/tests/support/factories';
import {
  benchmarkComparisonJsonSchema,
  benchmarkSetListJsonSchema,
} from '@/lib/api/benchmarks/representation';

/** A team with a token and 48 minutes per working day in each of two weeks at one location. */
async function setUp() {
  const team = await createTeam();
  const token = await tokenFor(team.manager);
  const { facebook } = await platformIdsByKey(['facebook']);
  const locationId = await insertTestLocation(team.organisation.id, 'Hafen', {
    assignedMembershipId: team.staff.membershipId,
  });
  const base = { organisationId: team.organisation.id, locationId, membershipId: team.staff.membershipId };
  const line = { platformId: facebook!, activity: 'POSTING' as const, minutes: 240 };
  await insertRecords(
    [
      singleLineCheckIn(base, { year: 2026, week: 52 }, line, 3),
      singleLineCheckIn(base, { year: 2026, week: 53 }, line, 3),
    ],
    [],
  );
  return { team, token, locationId };
}

const compare = (token: string, query: string) =>
  callApi(getComparison, { token, path: `/api/v1/benchmarks/comparison?${query}` });

describe('GET /api/v1/benchmarks', () => {
  it('lists the built-in survey and own sets with source, year and sample size', async () => {
    const { team, token } = await setUp();
    await createBenchmarkSet(
      team.manager,
      benchmarkSetCreateSchema.parse({
        name: 'Kammer-Umfrage',
        source: 'IHK',
        year: 2024,
        sampleSize: 300,
        figures: [{ metric: 'GOAL', label: 'Werbung', sharePercent: 40 }],
      }),
    );
    const response = await callApi(listSets, { token, path: '/api/v1/benchmarks' });
    expect(response.status).toBe(200);
    const body = benchmarkSetListJsonSchema.parse(response.json);
    expect(body.data.map((set) => [set.name, set.year, set.sampleSize, set.builtIn])).toEqual([
      ['Social Media in KMU', 2012, 500, true],
      ['Kammer-Umfrage', 2024, 300, false],
    ]);
    expect(body.data[0]?.figures.find((figure) => figure.key === '30-min-to-2-h')).toMatchObject({
      minMinutes: 30,
      maxMinutes: 120,
      sharePercent: 39,
    });
    expect((await callApi(listSets, { path: '/api/v1/benchmarks' })).status).toBe(401);
  });
});

describe('GET /api/v1/benchmarks/comparison', () => {
  it('answers the comparison for a period across 2026-W53', async () => {
    const { token, locationId } = await setUp();
    // Every week counted, whether or not the clock has passed them yet.
    const response = await compare(
      token,
      `from=2026-W52&to=2027-01-04&locationId=${locationId}&includeCurrentWeek=true`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = benchmarkComparisonJsonSchema.parse(response.json);
    expect(body.period).toMatchObject({
      from: '2026-W52',
      to: '2027-W01',
      firstDate: '2026-12-21',
      lastDate: '2027-01-10',
      weeks: 3,
      includesCurrentWeek: true,
      countedWeeks: 3,
    });
    expect(body.totals).toEqual({ minutes: 480, posts: 6, reviewsAnswered: 0, checkIns: 2 });
    expect(body.averages.minutesPerWorkingDay).toBe(32);
    expect(body.dailyTime.band?.key).toBe('30-min-to-2-h');
    expect(body.postingFrequency.class?.key).toBe('several-times-a-week');
    expect(body.trend.map((week) => [week.week, week.minutes])).toEqual([
      ['2026-W52', 240],
      ['2026-W53', 240],
      ['2027-W01', 0],
    ]);
    expect(body.set).toMatchObject({ year: 2012, sampleSize: 500 });

    // The default period ends with the running week: shown, marked, not counted.
    const recent = benchmarkComparisonJsonSchema.parse((await compare(token, '')).json);
    expect(recent.period).toMatchObject({ weeks: 12, countedWeeks: 11, includesCurrentWeek: false });
    expect(recent.period.currentWeek).toBe(recent.period.to);
    expect(recent.trend.at(-1)).toMatchObject({ week: recent.period.to, counted: false, unfinished: true });
    expect(recent.trend.at(-2)).toMatchObject({ counted: true, unfinished: false });
  });

  it('answers 422 with the fields for a bad query and 404 for foreign ids', async () => {
    const { token, locationId } = await setUp();
    const other = await setUp();
    const reversed = await compare(token, 'from=2026-W10&to=2026-W01');
    expect(reversed.status).toBe(422);
    expect(reversed.json?.error.fields.to).toEqual(['The end of the period lies before its start.']);
    const bad = await compare(token, 'from=2025-W53&locationId=nope');
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json?.error.fields).sort()).toEqual(['from', 'locationId']);
    expect((await compare(token, `locationId=${other.locationId}`)).status).toBe(404);
    expect((await compare(token, `membershipId=${other.team.staff.membershipId}`)).status).toBe(404);
    expect((await compare(token, `set=${crypto.randomUUID()}`)).status).toBe(404);
    expect((await compare(other.token, `locationId=${locationId}`)).status).toBe(404);
  });

  it('is described in the OpenAPI document with its definitions', async () => {
    const document = await (await openApiDocument()).json();
    const operation = document.paths['/api/v1/benchmarks/comparison'].get;
    expect(operation.description).toContain('minutes / (weeks × 5)');
    expect(operation.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'from',
      'to',
      'locationId',
      'membershipId',
      'set',
      'group',
      'includeCurrentWeek',
    ]);
    expect(document.components.schemas.BenchmarkComparison.properties.trend).toBeDefined();
  });
});
