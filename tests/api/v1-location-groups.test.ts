import { describe, expect, it } from 'vitest';
import { GET as limitRoute, PUT as putLimitRoute } from '@/app/api/v1/members/[id]/group-limits/route';
import {
  DELETE as removeMembersRoute,
  GET as membersRoute,
  POST as addMembersRoute,
} from '@/app/api/v1/location-groups/[id]/locations/route';
import {
  DELETE as deleteRoute,
  GET as getRoute,
  PATCH as patchRoute,
} from '@/app/api/v1/location-groups/[id]/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/location-groups/route';
import { db } from '@/lib/db/prisma';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam, insertTestLocation } from '@/tests/support/factories';

// /api/v1/location-groups and /api/v1/members/{id}/group-limits: CRUD, roll-ups, members of hand
// groups and managers' limits, for the token's organisation only; another organisation's ids are
// "not found" on every route and change nothing.

async function apiTeam() {
  const team = await createTeam();
  return { ...team, token: await tokenFor(team.manager) };
}

const path = '/api/v1/location-groups';

describe('/api/v1/location-groups', () => {
  it('creates rule and hand groups, lists them with roll-ups, changes, fills and deletes them', async () => {
    const team = await apiTeam();
    const org = team.organisation.id;
    const [a, b, c] = [
      await insertTestLocation(org, 'Aue', { city: 'Bremerhaven' }),
      await insertTestLocation(org, 'Berg', { city: 'Bremerhaven' }),
      await insertTestLocation(org, 'Cux', { city: 'Cuxhaven', postalCode: '27472' }),
    ];
    const rule = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: {
        name: 'Bremerhaven',
        kind: 'REGION',
        mode: 'rule',
        ruleField: 'CITY',
        ruleValue: 'bremerhaven',
      },
    });
    expect(rule.status).toBe(201);
    expect(rule.json).toMatchObject({
      kind: 'REGION',
      rule: { field: 'CITY', value: 'bremerhaven' },
      memberCount: 2,
    });
    const hand = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { name: 'Partner', kind: 'FRANCHISE_PARTNER', mode: 'hand' },
    });
    expect(hand.status).toBe(201);
    const handId = hand.json!.id as string;
    const at = (id: string) => ({ path: `${path}/${id}`, params: { id } });

    const taken = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { name: 'Partner', mode: 'hand' },
    });
    expect(taken.status).toBe(409);
    expect(taken.json?.error.fields).toHaveProperty('name');
    const invalid = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { name: 'PLZ', mode: 'rule', ruleField: 'POSTAL_CODE_PREFIX', ruleValue: '27 5' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json?.error.fields).toHaveProperty('ruleValue');
    expect(await db.locationGroup.count({ where: { organisationId: org } })).toBe(2);

    const added = await callApi(addMembersRoute, {
      token: team.token,
      method: 'POST',
      ...at(handId),
      path: `${path}/${handId}/locations`,
      body: { locationIds: [b, c] },
    });
    expect(added.json).toEqual({ added: 2 });
    const toRule = await callApi(addMembersRoute, {
      token: team.token,
      method: 'POST',
      path: `${path}/${rule.json!.id}/locations`,
      params: { id: rule.json!.id as string },
      body: { locationIds: [c] },
    });
    expect(toRule.status).toBe(409);

    const list = await callApi(listRoute, { token: team.token, path });
    expect(list.status).toBe(200);
    expect(
      list.json?.data.map((row: { name: string | null; activeLocations: number }) => [
        row.name,
        row.activeLocations,
      ]),
    ).toEqual([
      ['Bremerhaven', 2],
      ['Partner', 2],
      [null, 0],
    ]);
    expect(list.json?.data[0]).toMatchObject({
      checkinsDue: 2,
      checkinsSubmitted: 0,
      listingsNeedingAction: 0,
    });

    const members = await callApi(membersRoute, {
      token: team.token,
      path: `${path}/${handId}/locations?q=cux`,
      params: { id: handId },
    });
    expect(members.json).toMatchObject({
      total: 1,
      page: 1,
      pageCount: 1,
      data: [{ id: c, name: 'Cux', archived: false }],
    });

    const removed = await callApi(removeMembersRoute, {
      token: team.token,
      method: 'DELETE',
      path: `${path}/${handId}/locations`,
      params: { id: handId },
      body: { locationIds: [b] },
    });
    expect(removed.json).toEqual({ removed: 1 });

    const patched = await callApi(patchRoute, {
      token: team.token,
      method: 'PATCH',
      ...at(handId),
      body: { name: 'Partner Nord', mode: 'rule', ruleField: 'POSTAL_CODE_PREFIX', ruleValue: '274' },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      name: 'Partner Nord',
      rule: { field: 'POSTAL_CODE_PREFIX', value: '274' },
      memberCount: 1,
    });
    const read = await callApi(getRoute, { token: team.token, ...at(handId) });
    expect(read.json).toMatchObject({ name: 'Partner Nord', kind: 'FRANCHISE_PARTNER' });
    expect((await callApi(deleteRoute, { token: team.token, method: 'DELETE', ...at(handId) })).status).toBe(
      204,
    );
    expect((await callApi(getRoute, { token: team.token, ...at(handId) })).status).toBe(404);
    expect(a).toBeTruthy();
  });

  it('answers 404 for another organisation’s group, location and member, and changes nothing', async () => {
    const team = await apiTeam();
    const other = await apiTeam();
    const theirs = await callApi(createRoute, {
      token: other.token,
      method: 'POST',
      path,
      body: { name: 'Theirs', mode: 'hand' },
    });
    const theirId = theirs.json!.id as string;
    const ours = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { name: 'Ours', mode: 'hand' },
    });
    const ourId = ours.json!.id as string;
    const foreignLocation = await insertTestLocation(other.organisation.id, 'Foreign');
    const ownLocation = await insertTestLocation(team.organisation.id, 'Own');
    const at = (id: string, suffix = '') => ({ path: `${path}/${id}${suffix}`, params: { id } });

    expect((await callApi(getRoute, { token: team.token, ...at(theirId) })).status).toBe(404);
    expect((await callApi(getRoute, { token: team.token, ...at('nonsense') })).status).toBe(404);
    expect(
      (await callApi(patchRoute, { token: team.token, method: 'PATCH', ...at(theirId), body: { name: 'X' } }))
        .status,
    ).toBe(404);
    expect((await callApi(deleteRoute, { token: team.token, method: 'DELETE', ...at(theirId) })).status).toBe(
      404,
    );
    expect((await callApi(membersRoute, { token: team.token, ...at(theirId, '/locations') })).status).toBe(
      404,
    );
    const intoTheirs = await callApi(addMembersRoute, {
      token: team.token,
      method: 'POST',
      ...at(theirId, '/locations'),
      body: { locationIds: [ownLocation] },
    });
    expect(intoTheirs.status).toBe(404);
    const theirsIntoOurs = await callApi(addMembersRoute, {
      token: team.token,
      method: 'POST',
      ...at(ourId, '/locations'),
      body: { locationIds: [ownLocation, foreignLocation] },
    });
    expect(theirsIntoOurs.status).toBe(404);
    expect(await db.locationGroupMember.count({ where: { groupId: { in: [ourId, theirId] } } })).toBe(0);
    expect((await db.locationGroup.findUniqueOrThrow({ where: { id: theirId } })).name).toBe('Theirs');

    const limitTheirs = await callApi(putLimitRoute, {
      token: team.token,
      method: 'PUT',
      path: `/api/v1/members/${other.manager.membershipId}/group-limits`,
      params: { id: other.manager.membershipId },
      body: { groupIds: [] },
    });
    expect(limitTheirs.status).toBe(404);
    const limitToTheirGroup = await callApi(putLimitRoute, {
      token: team.token,
      method: 'PUT',
      path: `/api/v1/members/${team.manager.membershipId}/group-limits`,
      params: { id: team.manager.membershipId },
      body: { groupIds: [theirId] },
    });
    expect(limitToTheirGroup.status).toBe(404);
    expect(
      await db.membershipGroupLimit.count({
        where: { organisationId: { in: [team.organisation.id, other.organisation.id] } },
      }),
    ).toBe(0);
  });
});

describe('/api/v1/members/{id}/group-limits', () => {
  it('sets, reads and lifts a manager’s limit; owners and staff cannot be limited', async () => {
    const team = await apiTeam();
    const group = await callApi(createRoute, {
      token: team.token,
      method: 'POST',
      path,
      body: { name: 'Nord', mode: 'hand' },
    });
    const groupId = group.json!.id as string;
    const limitOf = (membershipId: string, groupIds?: string[]) =>
      callApi(groupIds ? putLimitRoute : limitRoute, {
        token: team.token,
        method: groupIds ? 'PUT' : 'GET',
        path: `/api/v1/members/${membershipId}/group-limits`,
        params: { id: membershipId },
        ...(groupIds ? { body: { groupIds } } : {}),
      });

    const set = await limitOf(team.manager.membershipId, [groupId]);
    expect(set.status).toBe(200);
    expect(set.json).toEqual({
      membershipId: team.manager.membershipId,
      role: 'MANAGER',
      groups: [{ id: groupId, name: 'Nord' }],
    });
    expect((await limitOf(team.manager.membershipId)).json?.groups).toHaveLength(1);
    expect((await limitOf(team.staff.membershipId, [groupId])).status).toBe(409);
    expect((await limitOf(team.owner.membershipId, [groupId])).status).toBe(409);
    expect((await limitOf(team.manager.membershipId, ['not-a-uuid'])).status).toBe(422);
    expect((await limitOf(team.manager.membershipId, [])).json?.groups).toEqual([]);
    const audit = await db.auditEvent.findMany({
      where: { organisationId: team.organisation.id, action: 'member.group_limit_changed' },
      select: { actorLabel: true },
    });
    expect(audit.map((row) => row.actorLabel)).toEqual(['API: Test integration', 'API: Test integration']);
  });
});
