import { describe, expect, it } from 'vitest';
import { GET as getComparison } from '@/app/api/v1/benchmarks/comparison/route';
import { GET as listListings } from '@/app/api/v1/listings/route';
import { GET as exportCsv } from '@/app/api/v1/locations/export/route';
import { GET as listLocations } from '@/app/api/v1/locations/route';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { GET as getScoreHistory } from '@/app/api/v1/score-history/route';
import { takeScoreSnapshot } from '@/lib/score-history/take-snapshot';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createGroupedTeam } from '@/tests/support/group-scope';

// The `group` parameter of the API's location-scoped lists: one of the organisation's location
// groups narrows the answer; another organisation's group, or no group id at all, answers 404.

async function setUp() {
  const team = await createGroupedTeam();
  const stranger = await createGroupedTeam();
  return { team, token: await tokenFor(team.manager), foreignGroup: stranger.groups.mine };
}

describe('?group= on the API', () => {
  it('narrows locations, listings, the CSV export, the comparison and the score history', async () => {
    const { team, token } = await setUp();
    const group = team.groups.other;
    const locations = await callApi(listLocations, { token, path: `/api/v1/locations?group=${group}` });
    expect(locations.status).toBe(200);
    expect(locations.json!.data.map((location: { id: string }) => location.id)).toEqual([
      team.locations.outside,
    ]);
    expect(locations.json!.total).toBe(1);

    const listings = await callApi(listListings, {
      token,
      path: `/api/v1/listings?group=${group}&pageSize=200`,
    });
    expect(listings.status).toBe(200);
    const listed = new Set(listings.json!.data.map((row: { locationId: string }) => row.locationId));
    expect([...listed]).toEqual([team.locations.outside]);

    const csv = await callApi(exportCsv, { token, path: `/api/v1/locations/export?group=${group}` });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Süd Wulsdorf');
    expect(csv.text).not.toContain('Nord Lehe');

    const comparison = await callApi(getComparison, {
      token,
      path: `/api/v1/benchmarks/comparison?group=${group}`,
    });
    expect(comparison.status).toBe(200);
    expect(comparison.json!.scope).toMatchObject({ kind: 'organisation', locations: 1 });

    await takeScoreSnapshot(team.organisation.id);
    const history = await callApi(getScoreHistory, { token, path: `/api/v1/score-history?group=${group}` });
    expect(history.status).toBe(200);
    expect(history.json!.data.at(-1)).toMatchObject({ locations: 1 });
    const whole = await callApi(getScoreHistory, { token, path: '/api/v1/score-history' });
    expect(whole.json!.data.at(-1)).toMatchObject({ locations: 2 });
  });

  it("answers 404 for another organisation's group or a malformed one, 422 beside a location", async () => {
    const { team, token, foreignGroup } = await setUp();
    for (const path of [`/api/v1/locations?group=${foreignGroup}`, '/api/v1/locations?group=nord']) {
      expect((await callApi(listLocations, { token, path })).status, path).toBe(404);
    }
    expect(
      (await callApi(listListings, { token, path: `/api/v1/listings?group=${foreignGroup}` })).status,
    ).toBe(404);
    expect(
      (await callApi(exportCsv, { token, path: `/api/v1/locations/export?group=${foreignGroup}` })).status,
    ).toBe(404);
    expect(
      (await callApi(getComparison, { token, path: `/api/v1/benchmarks/comparison?group=${foreignGroup}` }))
        .status,
    ).toBe(404);
    expect(
      (await callApi(getScoreHistory, { token, path: `/api/v1/score-history?group=${foreignGroup}` })).status,
    ).toBe(404);
    const both = await callApi(getScoreHistory, {
      token,
      path: `/api/v1/score-history?group=${team.groups.mine}&locationId=${team.locations.inside}`,
    });
    expect(both.status).toBe(422);
  });

  it('is in the OpenAPI document for each of these routes', async () => {
    const document = await (await openApiDocument()).json();
    for (const path of [
      '/api/v1/locations',
      '/api/v1/locations/export',
      '/api/v1/listings',
      '/api/v1/benchmarks/comparison',
      '/api/v1/score-history',
    ]) {
      const names = document.paths[path].get.parameters.map((parameter: { name: string }) => parameter.name);
      expect(names, path).toContain('group');
    }
  });
});
