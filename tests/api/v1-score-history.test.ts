import { describe, expect, it } from 'vitest';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { GET as getScoreHistory } from '@/app/api/v1/score-history/route';
import { scoreHistoryJsonSchema } from '@/lib/api/score-history/representation';
import { db } from '@/lib/db/prisma';
import { takeScoreSnapshot } from '@/lib/score-history/take-snapshot';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { addTestLocation, createTeam } from '@/tests/support/factories';
import { todayIn } from '@/lib/weeks/iso-week';

/** A team with a token, a location, two October days of history and today's snapshot. */
async function setUp() {
  const team = await createTeam();
  const token = await tokenFor(team.manager);
  const locationId = await addTestLocation(team.owner);
  const organisationId = team.organisation.id;
  for (const [date, score] of [
    ['2026-10-01', 30],
    ['2026-10-02', 35],
  ] as const) {
    const parts = { snapshotDate: new Date(date), score, coverage: 0.4, correctness: 0.2, freshness: 0.1 };
    await db.locationScoreSnapshot.create({ data: { organisationId, locationId, ...parts } });
    await db.organisationScoreSnapshot.create({ data: { organisationId, locations: 1, ...parts } });
  }
  await takeScoreSnapshot(organisationId);
  return { team, token, locationId };
}

const history = (token: string, query: string) =>
  callApi(getScoreHistory, { token, path: `/api/v1/score-history?${query}` });

describe('GET /api/v1/score-history', () => {
  it("answers the organisation's days of the period, oldest first", async () => {
    const { token } = await setUp();
    const response = await history(token, 'from=2026-09-01&to=2026-10-31');
    expect(response.status).toBe(200);
    const body = scoreHistoryJsonSchema.parse(response.json);
    expect(body.period).toEqual({ from: '2026-09-01', to: '2026-10-31', timeZone: 'Europe/Berlin' });
    expect(body.locationId).toBeNull();
    expect(body.data).toEqual([
      { date: '2026-10-01', score: 30, coverage: 0.4, correctness: 0.2, freshness: 0.1, locations: 1 },
      { date: '2026-10-02', score: 35, coverage: 0.4, correctness: 0.2, freshness: 0.1, locations: 1 },
    ]);
  });

  it("defaults to the 90 days up to today, with today's snapshot last", async () => {
    const { token } = await setUp();
    const body = scoreHistoryJsonSchema.parse((await history(token, '')).json);
    const today = todayIn('Europe/Berlin');
    expect(body.period.to).toBe(today);
    expect(body.data.at(-1)).toMatchObject({ date: today, locations: 1 });
  });

  it("answers one location's days", async () => {
    const { token, locationId } = await setUp();
    const response = await history(token, `from=2026-10-02&to=2026-10-02&locationId=${locationId}`);
    expect(response.status).toBe(200);
    expect(scoreHistoryJsonSchema.parse(response.json)).toMatchObject({
      locationId,
      data: [{ date: '2026-10-02', score: 35, locations: null }],
    });
  });

  it("answers 404 for another organisation's location and 422 for a bad period", async () => {
    const { token } = await setUp();
    const other = await setUp();
    const foreign = await history(token, `locationId=${other.locationId}`);
    expect(foreign.status).toBe(404);
    expect(foreign.json?.error.code).toBe('NOT_FOUND');
    const reversed = await history(token, 'from=2026-10-02&to=2026-10-01');
    expect(reversed.status).toBe(422);
    expect(reversed.json?.error.fields).toHaveProperty('to');
    expect((await history(token, 'from=2024-01-01&to=2026-01-05')).status).toBe(422);
    expect((await history(token, 'to=gestern')).status).toBe(422);
    expect((await history(token, 'locationId=123')).status).toBe(422);
  });

  it('needs a token', async () => {
    expect((await callApi(getScoreHistory, { path: '/api/v1/score-history' })).status).toBe(401);
  });

  it('is in the OpenAPI document', async () => {
    const document = await (await openApiDocument()).json();
    const operation = document.paths['/api/v1/score-history'].get;
    expect(operation.operationId).toBe('getScoreHistory');
    expect(operation.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'from',
      'to',
      'locationId',
      'group',
    ]);
    expect(operation.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ScoreHistory',
    });
    expect(document.components.schemas.ScoreHistory.properties.data.items.required).toContain('score');
  });
});
