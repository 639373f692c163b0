import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/prisma';
import { createTeam, createTestUser, insertTestLocation } from '@/tests/support/factories';

// The route handlers read the signed-in user from next-auth's cookie; here it is given directly.
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));

delete process.env.GEOCODER_URL;
const mapData = await import('@/app/(app)/o/[slug]/locations/map/data/route');
const geocode = await import('@/app/(app)/o/[slug]/locations/geocode/route');

const context = (slug: string) => ({ params: Promise.resolve({ slug }) });
const post = (body: unknown) =>
  new Request('http://localhost/geocode', { method: 'POST', body: JSON.stringify(body) });
const address = { street: 'Hafenstraße 145', postalCode: '27576', city: 'Bremerhaven', countryCode: 'DE' };

beforeEach(() => {
  signedIn.user = null;
});

describe('GET /o/[slug]/locations/map/data', () => {
  it("answers the member's payload, uncached, banded by the presence score", async () => {
    const { organisation, users } = await createTeam();
    const locationId = await insertTestLocation(organisation.id, 'Hafen', {
      latitude: 53.54,
      longitude: 8.58,
    });
    signedIn.user = users.staff;
    const response = await mapData.GET(new Request('http://localhost'), context(organisation.slug));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // Not listed anywhere yet: poor (2), score 0; only the coordinates of the master data (15 %).
    expect(await response.json()).toEqual({
      locations: [[locationId, 'Hafen', 'Bremerhaven', 53.54, 8.58, 2, 0, 15, 0, 0]],
      withoutCoordinates: 0,
    });

    // Live and checked on every platform: good (0), score 100.
    const platforms = await db.platform.findMany({ where: { organisationId: null }, select: { id: true } });
    await db.listingItem.createMany({
      data: platforms.map((platform) => ({
        organisationId: organisation.id,
        locationId,
        platformId: platform.id,
        status: 'LIVE' as const,
        lastCheckedAt: new Date(),
      })),
    });
    const after = await mapData.GET(new Request('http://localhost'), context(organisation.slug));
    expect((await after.json()).locations).toEqual([
      [locationId, 'Hafen', 'Bremerhaven', 53.54, 8.58, 0, 100, 15, 0, 0],
    ]);
  });

  it('answers 404 for a foreign or missing organisation and 401 without a user', async () => {
    const { organisation } = await createTeam();
    const response401 = await mapData.GET(new Request('http://localhost'), context(organisation.slug));
    expect(response401.status).toBe(401);
    signedIn.user = await createTestUser();
    for (const slug of [organisation.slug, 'does-not-exist-anywhere']) {
      const response = await mapData.GET(new Request('http://localhost'), context(slug));
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });
});

describe('POST /o/[slug]/locations/geocode', () => {
  it('answers 503 when no geocoder is configured', async () => {
    const { organisation, users } = await createTeam();
    signedIn.user = users.manager;
    const response = await geocode.POST(post(address), context(organisation.slug));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: {
        code: 'GEOCODER_NOT_CONFIGURED',
        message: 'Es ist keine Adresssuche eingerichtet. Setzen Sie den Pin bitte von Hand.',
      },
    });
    // In the language of the person's locale cookie.
    const english = new Request('http://localhost', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'other=1; ortsbild-locale=en' },
      body: JSON.stringify(address),
    });
    const answer = await (await geocode.POST(english, context(organisation.slug))).json();
    expect(answer.error.message).toMatch(/^No address search/);
  });

  it('answers 422 for an incomplete address, 403 for staff and 404 for strangers', async () => {
    const { organisation, users } = await createTeam();
    signedIn.user = users.owner;
    const incomplete = await geocode.POST(post({ city: 'Bremerhaven' }), context(organisation.slug));
    expect(incomplete.status).toBe(422);
    expect(await incomplete.json()).toMatchObject({ error: { code: 'ADDRESS_INCOMPLETE' } });
    const notJson = await geocode.POST(
      new Request('http://localhost', { method: 'POST', body: 'x' }),
      context(organisation.slug),
    );
    expect(notJson.status).toBe(400);
    signedIn.user = users.staff;
    const refused = await geocode.POST(post(address), context(organisation.slug));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const audit = await db.auditEvent.findFirst({
      where: { organisationId: organisation.id, action: 'access.denied' },
    });
    expect(audit?.details).toMatchObject({ request: 'api', path: 'POST /geocode', required: 'MANAGER' });
    signedIn.user = await createTestUser();
    expect((await geocode.POST(post(address), context(organisation.slug))).status).toBe(404);
  });
});
