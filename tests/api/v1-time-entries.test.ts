import { describe, expect, it } from 'vitest';
import { DELETE as deleteRoute } from '@/app/api/v1/time-entries/[id]/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/time-entries/route';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { insertTestCheckIn } from '@/tests/support/factories';
import { countEntries, teamWithLocations } from '@/lib/time-entries/test-support';

// Today in Berlin when the tests run; the API has no "now" to pass in.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

async function apiTeam() {
  const team = await teamWithLocations();
  return { ...team, token: await tokenFor(team.owner) };
}

function post(token: string, body: unknown, headers: Record<string, string> = {}) {
  return callApi(createRoute, { token, method: 'POST', path: '/api/v1/time-entries', body, headers });
}

describe('POST /api/v1/time-entries', () => {
  it("answers 201 with the entry, attributed to the location's assignee", async () => {
    const team = await apiTeam();
    const response = await post(team.token, {
      locationId: team.locationId,
      platformId: team.google,
      activity: 'MONITORING',
      date: today,
      minutes: 25,
      note: 'Erwähnungen gesichtet',
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      date: today,
      isoWeek: expect.stringMatching(/^\d{4}-W\d{2}$/),
      minutes: 25,
      activity: 'MONITORING',
      note: 'Erwähnungen gesichtet',
      location: { id: team.locationId, name: 'Filiale Lehe' },
      platform: { id: team.google },
      member: { id: team.staff.membershipId, name: team.users.staff.name },
      locked: false,
    });
  });

  it('answers 422 with every bad field, in the asked language, and writes nothing', async () => {
    const team = await apiTeam();
    const response = await post(
      team.token,
      { locationId: 'nope', platformId: team.google, activity: 'GOSSIP', date: '2026-13-01', minutes: -5 },
      { 'accept-language': 'de' },
    );
    expect(response.status).toBe(422);
    expect(Object.keys(response.json?.error.fields).sort()).toEqual([
      'activity',
      'date',
      'locationId',
      'minutes',
    ]);
    expect(response.json?.error.fields.minutes).toEqual(['Mindestens 1 Minute.']);

    const absurd = await post(team.token, {
      locationId: team.locationId,
      platformId: team.google,
      activity: 'POSTING',
      date: today,
      minutes: 100_000,
    });
    expect(absurd.status).toBe(422);
    expect(absurd.json?.error.fields.minutes).toHaveLength(1);

    const future = await post(team.token, {
      locationId: team.locationId,
      platformId: team.google,
      activity: 'POSTING',
      date: '2099-01-01',
      minutes: 5,
    });
    expect(future.status).toBe(422);
    expect(future.json?.error.fields.date).toEqual(['Time can only be logged once the day has come.']);

    const nobody = await post(team.token, {
      locationId: team.otherLocationId,
      platformId: team.google,
      activity: 'POSTING',
      date: today,
      minutes: 5,
    });
    expect(nobody.status).toBe(422);
    expect(Object.keys(nobody.json?.error.fields)).toEqual(['membershipId']);
    expect(await countEntries(team.organisation.id)).toBe(0);
  });

  it("answers 404 for another organisation's location and 409 for a locked week", async () => {
    const team = await apiTeam();
    const other = await teamWithLocations();
    const body = { platformId: team.google, activity: 'POSTING', date: today, minutes: 5 };
    const foreign = await post(team.token, { ...body, locationId: other.locationId });
    expect(foreign.status).toBe(404);

    const monday = new Date(`${today}T00:00:00Z`);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    await insertTestCheckIn(team.organisation.id, team.locationId, monday.toISOString().slice(0, 10), {
      status: 'SUBMITTED',
    });
    const locked = await post(team.token, { ...body, locationId: team.locationId });
    expect(locked.status).toBe(409);
    expect(locked.json?.error).toMatchObject({ code: 'CONFLICT', fields: { date: [expect.any(String)] } });
    expect(await countEntries(team.organisation.id)).toBe(0);
    expect(await countEntries(other.organisation.id)).toBe(0);
  });

  it('answers 401 without a token', async () => {
    expect((await callApi(createRoute, { method: 'POST', body: {} })).status).toBe(401);
  });
});

describe('GET and DELETE /api/v1/time-entries', () => {
  it('lists a period and deletes, only within the organisation', async () => {
    const team = await apiTeam();
    const other = await apiTeam();
    const created = await post(team.token, {
      locationId: team.locationId,
      platformId: team.google,
      activity: 'POSTING',
      date: today,
      minutes: 5,
    });
    const list = (token: string, query: string) =>
      callApi(listRoute, { token, path: `/api/v1/time-entries?${query}` });
    const listed = await list(team.token, `from=${today}&to=${today}`);
    expect(listed.status).toBe(200);
    expect(listed.json?.data.map((entry: { id: string }) => entry.id)).toEqual([created.json?.id]);
    expect((await list(other.token, `from=${today}&to=${today}`)).json?.data).toEqual([]);
    expect((await list(team.token, `from=${today}&to=2000-01-01`)).status).toBe(422);

    const remove = (token: string, id: string) =>
      callApi(deleteRoute, { token, method: 'DELETE', params: { id }, path: `/api/v1/time-entries/${id}` });
    expect((await remove(other.token, created.json?.id)).status).toBe(404);
    expect((await remove(team.token, created.json?.id)).status).toBe(204);
    expect((await remove(team.token, created.json?.id)).status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const document = await (await openApiRoute()).json();
    expect(Object.keys(document.paths['/api/v1/time-entries'])).toEqual(['get', 'post']);
    expect(document.components.schemas.TimeEntryCreate.required).toEqual(
      expect.arrayContaining(['locationId', 'platformId', 'activity', 'date', 'minutes']),
    );
  });
});
