import { describe, expect, it, vi } from 'vitest';
import { PATCH as patchListing } from '@/app/api/v1/listings/[id]/route';
import { GET as listListings } from '@/app/api/v1/listings/route';
import { GET as getLocation, PATCH as patchLocation } from '@/app/api/v1/locations/[id]/route';
import { PUT as putListing } from '@/app/api/v1/locations/[id]/listings/[platformId]/route';
import { GET as getChecklist } from '@/app/api/v1/locations/[id]/listings/route';
import { GET as listLocations, POST as createLocation } from '@/app/api/v1/locations/route';
import { GET as openApiDocument } from '@/app/api/v1/openapi.json/route';
import { GET as listPlatforms } from '@/app/api/v1/platforms/route';
import { listingMatrixPageJsonSchema } from '@/lib/api/listings/matrix-representation';
import {
  listingChecklistJsonSchema,
  listingItemJsonSchema,
  platformListJsonSchema,
} from '@/lib/api/listings/representation';
import { locationJsonSchema } from '@/lib/api/locations/representation';
import { db } from '@/lib/db/prisma';
import { pool } from '@/lib/db/pool';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam } from '@/tests/support/factories';

const master = {
  storeCode: 'LST-01',
  name: 'Bäckerei Deichbrise',
  street: 'Hafenstraße 145',
  postalCode: '27576',
  city: 'Bremerhaven',
  phone: '0471 4829320',
};

/** A team with an API token and one location; the location's checklist as the API shows it. */
async function setUp(storeCode = master.storeCode) {
  const team = await createTeam();
  const token = await tokenFor(team.manager);
  const created = await callApi(createLocation, { token, method: 'POST', body: { ...master, storeCode } });
  expect(created.status).toBe(201);
  const locationId = created.json?.id as string;
  const checklist = await callApi(getChecklist, { token, params: { id: locationId } });
  expect(checklist.status).toBe(200);
  const items = checklist.json?.data as { id: string | null; platform: { id: string; key: string } }[];
  const platformId = items.find((item) => item.platform.key === 'google-business-profile')!.platform.id;
  return { team, token, locationId, platformId, items };
}

function put(token: string, locationId: string, platformId: string, body: unknown) {
  return callApi(putListing, {
    token,
    method: 'PUT',
    params: { id: locationId, platformId },
    body,
    path: `/api/v1/locations/${locationId}/listings/${platformId}`,
  });
}

function patch(token: string, id: string, body: unknown) {
  return callApi(patchListing, {
    token,
    method: 'PATCH',
    params: { id },
    body,
    path: `/api/v1/listings/${id}`,
  });
}

describe('GET /api/v1/platforms', () => {
  it('lists the catalogue with the organisation’s choice, kind, weight, shown fields and claim hints', async () => {
    const { token } = await setUp();
    const answer = await callApi(listPlatforms, { token, path: '/api/v1/platforms' });
    expect(answer.status).toBe(200);
    expect(platformListJsonSchema.safeParse(answer.json).success).toBe(true);
    const platforms = answer.json?.data as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(platforms).toHaveLength(21);
    expect(platforms.find((platform) => platform.key === 'google-business-profile')).toMatchObject({
      enabled: true,
      custom: false,
      kind: 'MAPS',
      weight: expect.any(Number),
      hasRatings: true,
      shows: { name: true, address: true, phone: true, website: true },
      homeUrl: expect.stringMatching(/^https:/),
      claimHint: { de: expect.any(String), en: expect.any(String) },
    });
    expect((await callApi(listPlatforms)).status).toBe(401);
  });
});

describe('a location’s checklist over the API', () => {
  it('starts with every enabled platform not started, at version 0, and a score of 0', async () => {
    const { token, locationId } = await setUp();
    const answer = await callApi(getChecklist, { token, params: { id: locationId } });
    expect(listingChecklistJsonSchema.safeParse(answer.json).success).toBe(true);
    expect(answer.json?.location).toEqual({ id: locationId, storeCode: master.storeCode, name: master.name });
    expect(answer.json?.presence).toEqual({ score: 0, coverage: 0, correctness: 0, freshness: 0 });
    const items = answer.json?.data as Record<string, unknown>[];
    expect(items).toHaveLength(21);
    for (const item of items) {
      expect(item).toMatchObject({
        id: null,
        locationId,
        status: 'NOT_STARTED',
        version: 0,
        mismatchedFields: [],
        nap: { name: null, street: null, postcode: null, city: null, phone: null, website: null },
        nextAction: 'create',
      });
    }
  });

  it('creates an item with PUT, changes it by id with the version, and refuses a stale version', async () => {
    const { token, locationId, platformId } = await setUp();
    const created = await put(token, locationId, platformId, {
      version: 0,
      status: 'CLAIM_REQUESTED',
      notes: 'Postkarte angefordert',
    });
    expect(created.status).toBe(201);
    expect(listingItemJsonSchema.safeParse(created.json).success).toBe(true);
    const id = created.json?.id as string;
    expect(created.headers.get('location')).toBe(`/api/v1/listings/${id}`);
    expect(created.json).toMatchObject({ version: 1, status: 'CLAIM_REQUESTED', nextAction: 'finishClaim' });

    const changed = await patch(token, id, {
      version: 1,
      status: 'CLAIMED',
      listingUrl: 'https://maps.google.com/?cid=42',
      rating: 4.6,
      reviewCount: 87,
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      id,
      version: 2,
      status: 'CLAIMED',
      listingUrl: 'https://maps.google.com/?cid=42',
      rating: 4.6,
      reviewCount: 87,
      notes: 'Postkarte angefordert',
    });

    const before = await db.listingItem.findUniqueOrThrow({ where: { id } });
    const changesBefore = await db.listingChange.count({ where: { listingItemId: id } });
    const stale = await patch(token, id, { version: 1, status: 'NOT_APPLICABLE', notes: 'overwritten' });
    expect(stale.status).toBe(409);
    expect(stale.json?.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('changed'),
      current: { id, version: 2, status: 'CLAIMED', notes: 'Postkarte angefordert', rating: 4.6 },
    });
    expect(listingItemJsonSchema.safeParse(stale.json?.error.current).success).toBe(true);
    expect(await db.listingItem.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.listingChange.count({ where: { listingItemId: id } })).toBe(changesBefore);

    // PUT on a saved item follows the same rule: version 0 is stale now.
    const staleCreate = await put(token, locationId, platformId, { version: 0, status: 'LIVE' });
    expect(staleCreate.status).toBe(409);
    expect(staleCreate.json?.error.current).toMatchObject({ version: 2 });
    const german = await callApi(patchListing, {
      token,
      method: 'PATCH',
      params: { id },
      body: { version: 1 },
      headers: { 'accept-language': 'de' },
    });
    expect(german.status).toBe(409);
    expect(german.json?.error.message).toMatch(/inzwischen/);
  });

  it('answers 422 naming every invalid field, and writes nothing', async () => {
    const { token, locationId, platformId } = await setUp();
    const invalid = await put(token, locationId, platformId, {
      version: 0,
      status: 'ONLINE',
      listingUrl: 'ftp://example.org/listing',
      rating: 6.0,
      reviewCount: 1.5,
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json?.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(invalid.json?.error.fields).sort()).toEqual([
      'listingUrl',
      'rating',
      'reviewCount',
      'status',
    ]);
    for (const rating of [-1, 4.25, 0.5, 'viel']) {
      const answer = await put(token, locationId, platformId, { version: 0, rating });
      expect(answer.status, String(rating)).toBe(422);
      expect(Object.keys(answer.json?.error.fields)).toEqual(['rating']);
    }
    const noVersion = await put(token, locationId, platformId, { status: 'LIVE' });
    expect(noVersion.status).toBe(422);
    expect(Object.keys(noVersion.json?.error.fields)).toEqual(['version']);
    const notUrl = await put(token, locationId, platformId, { version: 0, listingUrl: 'maps google' });
    expect(Object.keys(notUrl.json?.error.fields)).toEqual(['listingUrl']);
    expect((await put(token, locationId, platformId, { version: 0, rating: 4.3 })).status).toBe(201);
    expect(await db.listingItem.count({ where: { locationId } })).toBe(1);
  });

  it('flags a shown phone that differs from the master data and turns LIVE into NEEDS_UPDATE', async () => {
    const { token, locationId, platformId } = await setUp();
    const answer = await put(token, locationId, platformId, {
      version: 0,
      status: 'LIVE',
      shownName: master.name,
      shownPhone: '0471 999999',
    });
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({
      status: 'NEEDS_UPDATE',
      mismatchedFields: ['phone'],
      nap: { name: 'match', phone: 'mismatch', street: null, website: null },
      nextAction: 'fixData',
    });
  });

  it('treats formatting-only differences as no mismatch', async () => {
    const { team, token, locationId, platformId } = await setUp();
    const answer = await put(token, locationId, platformId, {
      version: 0,
      status: 'LIVE',
      shownStreet: 'Hafenstr. 145',
      shownPostcode: '27576',
      shownCity: 'Bremerhaven',
      shownPhone: '0471/4829320',
      markChecked: true,
    });
    expect(answer.json).toMatchObject({
      status: 'LIVE',
      mismatchedFields: [],
      nap: { name: null, street: 'format', postcode: 'match', city: 'match', phone: 'format', website: null },
      lastCheckedAt: expect.any(String),
      // The token acts for the member who made it.
      lastCheckedBy: team.users.manager.name,
      fresh: true,
      nextAction: 'none',
    });
  });
});

describe('the presence score in location answers', () => {
  it('is 0 for a new location and rises as items go live and are checked', async () => {
    const { token, locationId, items } = await setUp();
    const before = await callApi(getLocation, { token, params: { id: locationId } });
    expect(locationJsonSchema.safeParse(before.json).success).toBe(true);
    expect(before.json?.presence).toEqual({ score: 0, coverage: 0, correctness: 0, freshness: 0 });
    const listed = await callApi(listLocations, { token });
    expect(listed.json?.data).toEqual([expect.objectContaining({ id: locationId, presenceScore: 0 })]);

    for (const item of items.slice(0, 3)) {
      const saved = await put(token, locationId, item.platform.id, {
        version: 0,
        status: 'LIVE',
        markChecked: true,
      });
      expect(saved.status).toBe(201);
    }
    const after = await callApi(getLocation, { token, params: { id: locationId } });
    const presence = after.json?.presence;
    expect(presence.coverage).toBeGreaterThan(0);
    expect(presence).toMatchObject({ correctness: 1, freshness: 1 });
    expect(presence.score).toBeGreaterThan(50);
    expect((await callApi(listLocations, { token })).json?.data[0].presenceScore).toBe(presence.score);

    for (const item of items.slice(3)) {
      await put(token, locationId, item.platform.id, { version: 0, status: 'LIVE', markChecked: true });
    }
    const full = await callApi(getLocation, { token, params: { id: locationId } });
    expect(full.json?.presence).toEqual({ score: 100, coverage: 1, correctness: 1, freshness: 1 });
    const checklist = await callApi(getChecklist, { token, params: { id: locationId } });
    expect(checklist.json?.presence.score).toBe(100);

    const archived = await callApi(patchLocation, {
      token,
      method: 'PATCH',
      params: { id: locationId },
      body: { archived: true },
    });
    expect(archived.json?.presence).toBeNull();
  });
});

/** The statements PostgreSQL receives while `run` works. */
async function countQueries(run: () => Promise<unknown>) {
  const query = vi.spyOn(pool(), 'query');
  try {
    await run();
    return query.mock.calls.length;
  } finally {
    query.mockRestore();
  }
}

describe('query counts', () => {
  it('do not grow with the number of locations or items', async () => {
    const { team, token, locationId, items } = await setUp();
    const list = () => callApi(listLocations, { token });
    const checklist = () => callApi(getChecklist, { token, params: { id: locationId } });
    await list();
    const listQueries = await countQueries(list);
    const checklistQueries = await countQueries(checklist);
    await db.location.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({
        ...master,
        phone: null,
        storeCode: `MORE-${index}`,
        organisationId: team.organisation.id,
      })),
    });
    for (const item of items.slice(0, 3)) {
      await put(token, locationId, item.platform.id, { version: 0, status: 'LIVE' });
    }
    expect(await countQueries(list)).toBe(listQueries);
    expect(await countQueries(checklist)).toBe(checklistQueries);
  });
});

describe('GET /api/v1/listings', () => {
  it('pages the organisation’s items with filters and counts per status', async () => {
    const { token, locationId, platformId } = await setUp();
    await put(token, locationId, platformId, { version: 0, status: 'LIVE' });
    const all = await callApi(listListings, { token, path: '/api/v1/listings?pageSize=5' });
    expect(all.status).toBe(200);
    expect(listingMatrixPageJsonSchema.safeParse(all.json).success).toBe(true);
    expect(all.json).toMatchObject({ page: 1, pageSize: 5, total: 21 });
    expect(all.json?.data).toHaveLength(5);
    expect(all.json?.counts).toMatchObject({ LIVE: 1, NOT_STARTED: 20 });

    const live = await callApi(listListings, { token, path: '/api/v1/listings?status=LIVE' });
    expect(live.json?.total).toBe(1);
    expect(live.json?.data).toEqual([
      expect.objectContaining({ locationId, platformId, status: 'LIVE', version: 1 }),
    ]);
    const elsewhere = await callApi(listListings, { token, path: '/api/v1/listings?city=Hamburg' });
    expect(elsewhere.json).toMatchObject({ total: 0, data: [] });
  });
});

describe('tenant isolation', () => {
  it('answers 404 for another organisation’s item, location and platform, and changes nothing', async () => {
    const mine = await setUp('MINE-1');
    const theirs = await setUp('THEIRS-1');
    const theirItem = await put(theirs.token, theirs.locationId, theirs.platformId, {
      version: 0,
      status: 'LIVE',
    });
    const theirId = theirItem.json?.id as string;
    const before = await db.listingItem.findUniqueOrThrow({ where: { id: theirId } });

    const patched = await patch(mine.token, theirId, { version: 1, status: 'NOT_APPLICABLE' });
    expect(patched.status).toBe(404);
    expect(patched.json).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect((await put(mine.token, theirs.locationId, theirs.platformId, { version: 1 })).status).toBe(404);
    expect(
      (await callApi(getChecklist, { token: mine.token, params: { id: theirs.locationId } })).status,
    ).toBe(404);
    expect(await db.listingItem.findUniqueOrThrow({ where: { id: theirId } })).toEqual(before);
    expect(await db.listingItem.count({ where: { locationId: theirs.locationId } })).toBe(1);

    const ownPlatform = await db.platform.create({
      data: {
        key: `custom-${theirs.locationId}`,
        organisationId: theirs.team.organisation.id,
        name: 'Fremd',
        kind: 'DIRECTORY',
      },
    });
    expect(
      (await put(mine.token, mine.locationId, ownPlatform.id, { version: 0, status: 'LIVE' })).status,
    ).toBe(404);
    expect(await db.listingItem.count({ where: { platformId: ownPlatform.id } })).toBe(0);

    for (const id of ['not-a-uuid', "' OR 1=1 --"]) {
      expect((await patch(mine.token, id, { version: 0 })).status).toBe(404);
      expect((await put(mine.token, mine.locationId, id, { version: 0 })).status).toBe(404);
      expect((await put(mine.token, id, mine.platformId, { version: 0 })).status).toBe(404);
      expect((await callApi(getChecklist, { token: mine.token, params: { id } })).status).toBe(404);
    }
  });
});

describe('openapi.json', () => {
  it('describes the listing endpoints with the shared update schema and the conflict answer', async () => {
    const { paths, components } = await (await openApiDocument()).json();
    expect(components.schemas.ListingUpdate.required).toEqual(['version']);
    expect(components.schemas.ListingUpdate.properties.status.enum).toContain('NEEDS_UPDATE');
    expect(paths['/api/v1/listings/{id}'].patch.responses[409].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ListingConflict',
    });
    expect(components.schemas.Location.properties).toHaveProperty('presence');
    expect(components.schemas.LocationSummary.properties).toHaveProperty('presenceScore');
    expect(
      paths['/api/v1/listings'].get.parameters.map((parameter: { name: string }) => parameter.name),
    ).toEqual(['platform', 'status', 'city', 'assignee', 'page', 'pageSize', 'group']);
  });
});
