import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { GET as getJsonLd } from '@/app/api/v1/locations/[id]/json-ld/route';
import { GET as getOpeningHours } from '@/app/api/v1/locations/[id]/opening-hours/route';
import { loadStructuredData, osmOpeningHoursJsonSchema } from '@/lib/api/structured-data/representation';
import { getLocation } from '@/lib/locations/locations';
import { loadLocationPublishing } from '@/lib/publishing/json-ld/location-publishing';
import { db } from '@/lib/db/prisma';
import type { ObservationOutcome } from '@/lib/generated/prisma/enums';
import { addDaysToDate, todayIn } from '@/lib/weeks/iso-week';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { addTestLocation, createTeam, expectAppError } from '@/tests/support/factories';
import { createGroupedTeam } from '@/tests/support/group-scope';
import { expandOffline, schemaOrgViolations } from '@/tests/support/schema-org-vocabulary';

// A location's JSON-LD and OpenStreetMap opening_hours over the API: what they say, their media
// types, the matched OpenStreetMap element, and 404 for what the caller may not see.

const today = todayIn('Europe/Berlin');
const inTenDays = addDaysToDate(today, 10);
const ended = addDaysToDate(today, -3);
const weekday = [{ opens: '08:00', closes: '18:00' }];

async function setUp() {
  const team = await createTeam();
  const token = await tokenFor(team.manager);
  const locationId = await addTestLocation(team.owner, {
    storeCode: 'BHV-07',
    name: 'Hafen-Apotheke',
    primaryCategory: 'Apotheke',
    phone: '0471 123456',
    website: 'https://hafen-apotheke.example',
    email: 'info@hafen-apotheke.example',
    latitude: 53.5396,
    longitude: 8.5809,
    openingHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
    specialHours: [
      { startDate: ended, endDate: ended, closed: true },
      { startDate: inTenDays, endDate: inTenDays, closed: true },
    ],
  });
  return { team, token, locationId };
}

const jsonLdOf = (token: string | undefined, id: string) =>
  callApi(getJsonLd, { token, params: { id }, path: `/api/v1/locations/${id}/json-ld` });
const openingHoursOf = (token: string | undefined, id: string) =>
  callApi(getOpeningHours, { token, params: { id }, path: `/api/v1/locations/${id}/opening-hours` });

const osmDate = (date: string) => {
  const [year, month, day] = date.split('-');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${year} ${months[Number(month) - 1]} ${day}`;
};

async function observeOsm(
  organisationId: string,
  locationId: string,
  outcome: ObservationOutcome,
  externalId: string | null,
) {
  await db.locationObservation.upsert({
    where: { locationId_source: { locationId, source: 'OPENSTREETMAP' } },
    create: {
      organisationId,
      locationId,
      source: 'OPENSTREETMAP',
      outcome,
      observedAt: new Date(),
      externalId,
    },
    update: { outcome, externalId },
  });
}

describe('GET /api/v1/locations/{id}/json-ld', () => {
  it('answers schema.org JSON-LD of the location as application/ld+json', async () => {
    const { team, token, locationId } = await setUp();
    const response = await jsonLdOf(token, locationId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const jsonLd = JSON.parse(response.text);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Pharmacy',
      name: 'Hafen-Apotheke',
      telephone: '+49 471 123456',
      email: 'info@hafen-apotheke.example',
      url: 'https://hafen-apotheke.example',
      geo: { latitude: 53.5396, longitude: 8.5809 },
    });
    expect(jsonLd['@id']).toMatch(new RegExp(`/l/${team.organisation.slug}/BHV-07#business$`));
    // The ended closure is gone, the coming one is there.
    const special = jsonLd.openingHoursSpecification.filter((each: { validFrom?: string }) => each.validFrom);
    expect(special).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        opens: '00:00',
        closes: '00:00',
        validFrom: inTenDays,
        validThrough: inTenDays,
      },
    ]);
    expect(schemaOrgViolations(await expandOffline(jsonLd))).toEqual([]);
  });

  it('answers 404 for another organisation’s location and for what is no id, 401 without a token', async () => {
    const { locationId } = await setUp();
    const other = await createTeam();
    const otherToken = await tokenFor(other.manager);
    expect((await jsonLdOf(otherToken, locationId)).status).toBe(404);
    expect((await jsonLdOf(otherToken, 'not-a-uuid')).status).toBe(404);
    expect((await jsonLdOf(undefined, locationId)).status).toBe(401);
  });
});

describe('GET /api/v1/locations/{id}/opening-hours', () => {
  it('answers the opening_hours value and, once the check matched one, the element to edit', async () => {
    const { team, token, locationId } = await setUp();
    const before = await openingHoursOf(token, locationId);
    expect(before.status).toBe(200);
    expect(osmOpeningHoursJsonSchema.parse(before.json)).toEqual({
      value: `Mo-Fr 08:00-18:00; ${osmDate(inTenDays)} off`,
      warnings: [],
    });

    await observeOsm(team.organisation.id, locationId, 'DIFFERENT', 'way/4242');
    expect((await openingHoursOf(token, locationId)).json?.osmElement).toEqual({
      type: 'way',
      id: 4242,
      url: 'https://www.openstreetmap.org/way/4242',
      editUrl: 'https://www.openstreetmap.org/edit?way=4242',
    });

    // The last check found no element: nothing is linked any more.
    await observeOsm(team.organisation.id, locationId, 'NOT_FOUND', null);
    expect((await openingHoursOf(token, locationId)).json).not.toHaveProperty('osmElement');
  });

  it('answers 404 for another organisation’s location', async () => {
    const { locationId } = await setUp();
    const other = await createTeam();
    expect((await openingHoursOf(await tokenFor(other.manager), locationId)).status).toBe(404);
  });
});

describe('loadStructuredData', () => {
  it('refuses a location outside a group-limited manager’s groups as not found', async () => {
    const { limited, locations } = await createGroupedTeam();
    await expectAppError(loadStructuredData(limited, locations.outside), 'NOT_FOUND');
    expect((await loadStructuredData(limited, locations.inside)).jsonLd).toMatchObject({ name: 'Nord Lehe' });
  });

  it('costs the location page one statement, whatever the location holds', async () => {
    const { team, locationId } = await setUp();
    await observeOsm(team.organisation.id, locationId, 'CONSISTENT', 'node/1');
    const location = await getLocation(team.manager, locationId);
    // Every statement the app sends passes pg.Client#query; the spy only counts them.
    const query = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const publishing = await loadLocationPublishing(team.manager, location, 'https://ortsbild.example');
      expect(query.mock.calls.length).toBe(1);
      expect(publishing.osmElement?.editUrl).toBe('https://www.openstreetmap.org/edit?node=1');
    } finally {
      query.mockRestore();
    }
  });
});
