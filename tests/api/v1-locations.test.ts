import { describe, expect, it } from 'vitest';
import { DELETE, GET as getOne, PATCH } from '@/app/api/v1/locations/[id]/route';
import { GET as list, POST as create } from '@/app/api/v1/locations/route';
import { locationJsonSchema, locationPageJsonSchema } from '@/lib/api/locations/representation';
import { revokeApiToken } from '@/lib/api-tokens/api-tokens';
import { db } from '@/lib/db/prisma';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam } from '@/tests/support/factories';

const bakery = {
  storeCode: 'API-01',
  name: 'Bäckerei am Deich',
  street: 'Hafenstraße 1',
  postalCode: '27568',
  city: 'Bremerhaven',
  phone: '0471 4829310',
  openingHours: { mon: [{ opens: '06:30', closes: '13:00' }] },
  specialHours: [{ startDate: '2026-12-24', endDate: '2026-12-26', closed: true }],
};

async function teamWithToken() {
  const team = await createTeam();
  return { team, token: await tokenFor(team.manager) };
}

describe('authentication', () => {
  it('answers 401 in JSON without a token, with an unknown one and with a revoked one', async () => {
    const team = await createTeam();
    const token = await tokenFor(team.owner);
    const missing = await callApi(list);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(missing.json).toEqual({
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('Authorization: Bearer') },
    });

    const unknown = await callApi(list, { token: `ob_${'x'.repeat(43)}` });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toContain('invalid_token');

    const basic = await callApi(list, { headers: { authorization: `Basic ${token}` } });
    expect(basic.status).toBe(401);

    expect((await callApi(list, { token })).status).toBe(200);
    const [record] = await db.apiToken.findMany({ where: { organisationId: team.organisation.id } });
    await revokeApiToken(team.owner, record!.id);
    const revoked = await callApi(list, { token });
    expect(revoked.status).toBe(401);
    expect(revoked.json?.error.code).toBe('UNAUTHENTICATED');
  });

  it('marks the token as used', async () => {
    const { team, token } = await teamWithToken();
    await callApi(list, { token });
    const [record] = await db.apiToken.findMany({ where: { organisationId: team.organisation.id } });
    expect(record?.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe('a location’s life over the API', () => {
  it('creates, reads, patches, finds and deletes', async () => {
    const { token } = await teamWithToken();

    const created = await callApi(create, { token, method: 'POST', body: bakery });
    expect(created.status).toBe(201);
    const id = created.json?.id as string;
    expect(created.headers.get('location')).toBe(`/api/v1/locations/${id}`);
    expect(created.json).toMatchObject({
      storeCode: 'API-01',
      phone: '+494714829310',
      countryCode: 'DE',
      status: 'ACTIVE',
      archived: false,
      openingHours: { mon: [{ opens: '06:30', closes: '13:00' }], sun: [] },
      specialHours: [
        { startDate: '2026-12-24', endDate: '2026-12-26', closed: true, ranges: [], note: null },
      ],
    });
    expect(locationJsonSchema.safeParse(created.json).success).toBe(true);
    expect(created.json).not.toHaveProperty('organisationId');
    expect(created.json).not.toHaveProperty('searchText');
    expect(new Date(created.json?.createdAt).toISOString()).toBe(created.json?.createdAt);

    const read = await callApi(getOne, { token, params: { id } });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);

    const patched = await callApi(PATCH, {
      token,
      method: 'PATCH',
      params: { id },
      body: { name: 'Bäckerei Deichblick', website: 'www.deichblick.example', phone: null },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      name: 'Bäckerei Deichblick',
      website: 'https://www.deichblick.example',
      phone: null,
      street: 'Hafenstraße 1',
      openingHours: { mon: [{ opens: '06:30', closes: '13:00' }] },
      specialHours: [{ startDate: '2026-12-24', closed: true }],
    });

    const invalid = await callApi(PATCH, {
      token,
      method: 'PATCH',
      params: { id },
      body: { postalCode: '123' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json?.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { postalCode: [expect.stringContaining('postcode')] },
    });
    expect((await callApi(getOne, { token, params: { id } })).json?.postalCode).toBe('27568');

    const found = await callApi(list, { token, path: '/api/v1/locations?q=deichblick&pageSize=10' });
    expect(found.status).toBe(200);
    expect(found.json).toMatchObject({ page: 1, pageSize: 10, total: 1 });
    expect(locationPageJsonSchema.safeParse(found.json).success).toBe(true);
    expect(found.json?.data).toEqual([
      expect.objectContaining({ id, name: 'Bäckerei Deichblick', archived: false }),
    ]);
    const notFound = await callApi(list, { token, path: '/api/v1/locations?q=nirgendwo' });
    expect(notFound.json).toMatchObject({ total: 0, data: [] });

    const archived = await callApi(PATCH, {
      token,
      method: 'PATCH',
      params: { id },
      body: { archived: true },
    });
    expect(archived.json).toMatchObject({ archived: true, archivedAt: expect.any(String) });
    expect((await callApi(list, { token })).json?.total).toBe(0);
    expect((await callApi(list, { token, path: '/api/v1/locations?archived=1' })).json?.total).toBe(1);

    const deleted = await callApi(DELETE, { token, method: 'DELETE', params: { id } });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const gone = await callApi(getOne, { token, params: { id } });
    expect(gone.status).toBe(404);
    expect(gone.json?.error.code).toBe('NOT_FOUND');
    expect((await callApi(DELETE, { token, method: 'DELETE', params: { id } })).status).toBe(404);
  });

  it('answers 422 with every invalid field of a create, in German on request', async () => {
    const { token } = await teamWithToken();
    const english = await callApi(create, {
      token,
      method: 'POST',
      body: { ...bakery, name: '', postalCode: 'abc', email: 'nope' },
    });
    expect(english.status).toBe(422);
    expect(Object.keys(english.json?.error.fields).sort()).toEqual(['email', 'name', 'postalCode']);
    expect(english.json?.error.fields.name).toEqual(['Please enter the name as customers should see it.']);

    const german = await callApi(create, {
      token,
      method: 'POST',
      body: { ...bakery, name: '' },
      headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' },
    });
    expect(german.json?.error.fields.name[0]).toMatch(/Bitte/);
    expect(await db.location.count({ where: { storeCode: bakery.storeCode } })).toBe(0);
  });

  it('answers 409 with fields.storeCode for a store code the organisation already uses', async () => {
    const { token } = await teamWithToken();
    expect((await callApi(create, { token, method: 'POST', body: bakery })).status).toBe(201);
    const duplicate = await callApi(create, { token, method: 'POST', body: { ...bakery, name: 'Zweite' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json?.error).toMatchObject({
      code: 'CONFLICT',
      fields: { storeCode: [expect.any(String)] },
    });

    // Another organisation may use the same store code.
    const other = await teamWithToken();
    expect((await callApi(create, { token: other.token, method: 'POST', body: bakery })).status).toBe(201);
  });

  it('answers 422 naming the field for text no field could accept, before any schema reads it', async () => {
    const { team, token } = await teamWithToken();
    const response = await callApi(create, {
      token,
      method: 'POST',
      body: { ...bakery, website: `https://example.de${'/'.repeat(100_000)}x`, notes: 'ok' },
    });
    expect(response.status).toBe(422);
    expect(response.json?.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { website: ['The text is far too long for this field.'] },
    });
    expect(Object.keys(response.json?.error.fields)).toEqual(['website']);
    expect(await db.location.count({ where: { organisationId: team.organisation.id } })).toBe(0);
  });

  it('answers 400 for malformed JSON and for a body that is no object, 413 for too large a body', async () => {
    const { token } = await teamWithToken();
    const malformed = await callApi(create, { token, method: 'POST', rawBody: '{"name": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json?.error.code).toBe('BAD_REQUEST');
    expect((await callApi(create, { token, method: 'POST', rawBody: '[1, 2]' })).status).toBe(400);
    const huge = await callApi(create, {
      token,
      method: 'POST',
      rawBody: JSON.stringify({ ...bakery, description: 'x'.repeat(1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.json?.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('tenant isolation', () => {
  it('answers 404 for another organisation’s location and changes nothing', async () => {
    const mine = await teamWithToken();
    const theirs = await teamWithToken();
    const created = await callApi(create, { token: theirs.token, method: 'POST', body: bakery });
    const id = created.json?.id as string;
    const before = await db.location.findUniqueOrThrow({ where: { id }, include: { specialHours: true } });

    const read = await callApi(getOne, { token: mine.token, params: { id } });
    expect(read.status).toBe(404);
    expect(read.json).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    const patched = await callApi(PATCH, {
      token: mine.token,
      method: 'PATCH',
      params: { id },
      body: { name: 'Taken over', archived: true },
    });
    expect(patched.status).toBe(404);
    expect((await callApi(DELETE, { token: mine.token, method: 'DELETE', params: { id } })).status).toBe(404);
    expect((await callApi(list, { token: mine.token, path: '/api/v1/locations?q=deich' })).json?.total).toBe(
      0,
    );

    expect(await db.location.findUniqueOrThrow({ where: { id }, include: { specialHours: true } })).toEqual(
      before,
    );
  });

  it('answers 404 for ids that are no uuid', async () => {
    const { token } = await teamWithToken();
    for (const id of ['not-a-uuid', '1', "' OR 1=1 --"]) {
      expect((await callApi(getOne, { token, params: { id } })).status).toBe(404);
      expect(
        (await callApi(PATCH, { token, method: 'PATCH', params: { id }, body: { name: 'x' } })).status,
      ).toBe(404);
      expect((await callApi(DELETE, { token, method: 'DELETE', params: { id } })).status).toBe(404);
    }
  });

  it('refuses an assignee from another organisation', async () => {
    const mine = await teamWithToken();
    const theirs = await teamWithToken();
    const answer = await callApi(create, {
      token: mine.token,
      method: 'POST',
      body: { ...bakery, assignedMembershipId: theirs.team.staff.membershipId },
    });
    expect(answer.status).toBe(404);
    expect(answer.json?.error.fields).toHaveProperty('assignedMembershipId');
  });
});
