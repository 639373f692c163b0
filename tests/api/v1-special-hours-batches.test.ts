import { describe, expect, it } from 'vitest';
import { POST as undoRoute } from '@/app/api/v1/special-hours-batches/[id]/undo/route';
import { GET as getRoute } from '@/app/api/v1/special-hours-batches/[id]/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/special-hours-batches/route';
import { specialHoursOf } from '@/lib/publishing/holiday-hours/test-support';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam, insertTestLocation } from '@/tests/support/factories';

// /api/v1/special-hours-batches: preview (dryRun), apply, list, one batch and undo, for the token's
// organisation only; another organisation's batch is "not found" and changes nothing.

const path = '/api/v1/special-hours-batches';
const fronleichnam = {
  period: 'holiday',
  holidayRegion: 'DE-NW',
  holidayDate: '2027-05-27',
  note: 'Fronleichnam',
};

async function apiTeam() {
  const team = await createTeam();
  return { ...team, token: await tokenFor(team.manager) };
}

describe('POST /api/v1/special-hours-batches', () => {
  it('previews with dryRun, applies, lists and undoes a batch', async () => {
    const team = await apiTeam();
    const org = team.organisation.id;
    const koeln = await insertTestLocation(org, 'Köln', { city: 'Köln', region: 'Nordrhein-Westfalen' });
    await insertTestLocation(org, 'Hannover', { city: 'Hannover', region: 'Niedersachsen' });
    const body = { ...fronleichnam, scope: 'REGION', scopeValue: 'nordrhein-westfalen' };

    const preview = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { ...body, dryRun: true },
    });
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({
      dryRun: true,
      startDate: '2027-05-27',
      locations: 1,
      toSet: 1,
      data: [{ id: koeln, name: 'Köln', outcome: 'set', existing: [] }],
    });
    expect(await specialHoursOf(koeln)).toEqual([]);

    const created = await callApi(createRoute, { token: team.token, method: 'POST', path, body });
    expect(created.status).toBe(201);
    const batch = created.json as { id: string };
    expect(created.json).toMatchObject({
      holiday: { region: 'DE-NW', name: 'Fronleichnam' },
      closed: true,
      scope: 'REGION',
      locationCount: 1,
      createdBy: expect.stringMatching(/^API: /),
      undoneAt: null,
    });
    expect(await specialHoursOf(koeln)).toEqual([
      expect.objectContaining({ startDate: '2027-05-27', batchId: batch.id }),
    ]);

    const list = await callApi(listRoute, { token: team.token, method: 'GET', path });
    expect(list.json).toMatchObject({ total: 1, data: [{ id: batch.id }] });
    const one = await callApi(getRoute, {
      token: team.token,
      method: 'GET',
      path: `${path}/${batch.id}`,
      params: { id: batch.id },
    });
    expect(one.json).toMatchObject({ id: batch.id });

    const undone = await callApi(undoRoute, {
      token: team.token,
      method: 'POST',
      path: `${path}/${batch.id}/undo`,
      params: { id: batch.id },
    });
    expect(undone.status).toBe(200);
    expect(undone.json).toMatchObject({
      undoneAt: expect.any(String),
      undoneBy: expect.stringMatching(/^API: /),
    });
    expect(await specialHoursOf(koeln)).toEqual([]);
    const again = await callApi(undoRoute, {
      token: team.token,
      method: 'POST',
      path: `${path}/${batch.id}/undo`,
      params: { id: batch.id },
    });
    expect(again.status).toBe(409);
  });

  it('answers a holiday that is none in that Land with 422 on its field', async () => {
    const team = await apiTeam();
    const refused = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { ...fronleichnam, holidayRegion: 'DE-NI' },
    });
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ error: { fields: { holidayDate: [expect.any(String)] } } });
  });

  it("answers another organisation's batch with 404 and leaves it as it is", async () => {
    const team = await apiTeam();
    const other = await apiTeam();
    const location = await insertTestLocation(team.organisation.id, 'Eigen');
    const created = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: fronleichnam,
    });
    const id = (created.json as { id: string }).id;
    for (const [route, method, suffix] of [
      [getRoute, 'GET', ''],
      [undoRoute, 'POST', '/undo'],
    ] as const) {
      const answer = await callApi(route, {
        token: other.token,
        method,
        path: `${path}/${id}${suffix}`,
        params: { id },
      });
      expect(answer.status).toBe(404);
    }
    expect(await specialHoursOf(location)).toHaveLength(1);
    expect((await callApi(listRoute, { token: other.token, method: 'GET', path })).json).toMatchObject({
      total: 0,
    });
  });
});
