import { describe, expect, it } from 'vitest';
import { GET as listCheckIns } from '@/app/api/v1/checkins/route';
import { PUT as putCheckIn } from '@/app/api/v1/locations/[id]/checkins/[week]/route';
import { currentIsoWeek, formatIsoWeek } from '@/lib/weeks/iso-week';
import { db } from '@/lib/db/prisma';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';
import { checkInJsonSchema, checkInListJsonSchema } from '@/lib/api/checkins/representation';

// The API acts on the real clock: weeks are taken relative to the current one.
const thisWeek = formatIsoWeek(currentIsoWeek('Europe/Berlin'));

async function setUp() {
  const team = await createTeam();
  const token = await tokenFor(team.manager);
  const locationId = await addTestLocation(team.owner, { assignedMembershipId: team.staff.membershipId });
  return { team, token, locationId, instagram: await platformIdByKey('instagram') };
}

function put(token: string, locationId: string, week: string, body: unknown) {
  return callApi(putCheckIn, {
    token,
    method: 'PUT',
    params: { id: locationId, week },
    body,
    path: `/api/v1/locations/${locationId}/checkins/${week}`,
  });
}

describe('PUT /api/v1/locations/{id}/checkins/{week}', () => {
  it('stores the check-in, answers the same for the same request and locks a submitted week', async () => {
    const { token, locationId, instagram, team } = await setUp();
    const body = {
      minutes: [{ platformId: instagram, activity: 'POSTING', minutes: 90 }],
      postsPublished: 4,
    };
    const first = await put(token, locationId, thisWeek, body);
    expect(first.status).toBe(200);
    expect(checkInJsonSchema.safeParse(first.json).success).toBe(true);
    expect(first.json).toMatchObject({
      locationId,
      week: thisWeek,
      status: 'DRAFT',
      version: 1,
      totalMinutes: 90,
      membershipId: team.staff.membershipId,
    });
    expect((await put(token, locationId, thisWeek, body)).json).toEqual(first.json);

    const submitted = await put(token, locationId, thisWeek, { ...body, status: 'SUBMITTED' });
    expect(submitted.json).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect((await put(token, locationId, thisWeek, { ...body, status: 'SUBMITTED' })).status).toBe(200);
    const locked = await put(token, locationId, thisWeek, {
      ...body,
      postsPublished: 5,
      status: 'SUBMITTED',
    });
    expect(locked.status).toBe(409);
    expect(locked.json?.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('manager'),
    });
  });

  it('answers 422 with the field for bad input and writes nothing', async () => {
    const { token, locationId, instagram } = await setUp();
    const cases: [string, unknown, string][] = [
      [thisWeek, { minutes: [{ platformId: instagram, activity: 'POSTING', minutes: -5 }] }, 'minutes'],
      [thisWeek, { minutes: [{ platformId: instagram, activity: 'POSTING', minutes: 200 * 60 }] }, 'minutes'],
      [thisWeek, { minutes: [{ platformId: instagram, activity: 'SLEEPING', minutes: 5 }] }, 'minutes'],
      [thisWeek, { postsPublished: 'many' }, 'postsPublished'],
      ['2025-W53', {}, 'week'],
      ['2026-W99', {}, 'week'],
    ];
    for (const [week, body, field] of cases) {
      const answer = await put(token, locationId, week, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(answer.json?.error.fields ?? {})).toContain(field);
    }
    expect(await db.checkIn.count({ where: { locationId } })).toBe(0);
  });

  it('answers 404 for another organisation’s location and writes nothing', async () => {
    const { token } = await setUp();
    const other = await setUp();
    const answer = await put(token, other.locationId, thisWeek, { postsPublished: 1 });
    expect(answer.status).toBe(404);
    expect((await put(token, 'not-a-uuid', thisWeek, {})).status).toBe(404);
    expect(await db.checkIn.count({ where: { locationId: other.locationId } })).toBe(0);
  });
});

describe('GET /api/v1/checkins', () => {
  it('lists this week’s check-ins by default, filters by location and stays in the organisation', async () => {
    const { token, locationId, team } = await setUp();
    const second = await addTestLocation(team.owner);
    await put(token, locationId, thisWeek, { postsPublished: 1 });
    await put(token, second, thisWeek, { postsPublished: 2 });

    const all = await callApi(listCheckIns, { token, path: '/api/v1/checkins' });
    expect(all.status).toBe(200);
    expect(checkInListJsonSchema.safeParse(all.json).success).toBe(true);
    expect(all.json?.week).toBe(thisWeek);
    expect(all.json?.data).toHaveLength(2);

    const one = await callApi(listCheckIns, {
      token,
      path: `/api/v1/checkins?week=${thisWeek}&locationId=${locationId}`,
    });
    expect(one.json?.data).toHaveLength(1);
    expect(one.json?.data[0]).toMatchObject({ locationId, postsPublished: 1 });

    const other = await setUp();
    const foreign = await callApi(listCheckIns, {
      token: other.token,
      path: `/api/v1/checkins?locationId=${locationId}`,
    });
    expect(foreign.status).toBe(404);
    expect(
      (await callApi(listCheckIns, { token: other.token, path: '/api/v1/checkins' })).json?.data,
    ).toEqual([]);
    const badWeek = await callApi(listCheckIns, { token, path: '/api/v1/checkins?week=2025-W53' });
    expect(badWeek.status).toBe(422);
  });
});
