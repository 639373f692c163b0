// Property-based fuzzing of the real entry points (issue #6, item 6): the /api/v1 route handlers
// with a valid token, and the main server actions with a signed-in manager, get hostile bodies,
// forms, query strings and path ids. Never a 5xx or an unexpected exception; a refusal (4xx or a
// form error) stores nothing (row counts compared); accepted text that looks like SQL or HTML is
// stored byte for byte and read back equal.
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/current-user';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { addDaysToDate, formatIsoWeek, isoWeekOfDate, toPlainDate } from '@/lib/weeks/iso-week';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { addTestLocation, createTeam, platformIdByKey } from '@/tests/support/factories';
import { hostileString, injectionTexts } from './support/fuzz-arbitraries';
import {
  expectClientOutcome,
  expectNothingStoredWhenRefused,
  formData,
  hostileBodyFrom,
  hostileFormFrom,
  isErrorState,
  malformedBody,
  rowCounts,
} from './support/fuzz-requests';

// Only what exists inside a Next.js request is replaced: the signed-in user, translations of the
// request's locale, the cache and redirects. Validation, data layer and database run for real.
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
const navigation = vi.hoisted(() => ({ Redirect: class Redirect extends Error {} }));
vi.mock('@/lib/auth/current-user', () => ({
  getCurrentUser: async () => signedIn.user,
  getCurrentSessionId: async () => null,
  requireUser: async () => signedIn.user,
}));
vi.mock('next-intl/server', async () => {
  const { translatorFor } = await import('@/lib/i18n/translator');
  return {
    getTranslations: async (namespace?: string) => translatorFor('en', namespace ?? ''),
    getLocale: async () => 'en',
  };
});
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock('next/navigation', () => ({
  redirect: (path: string) => {
    throw new navigation.Redirect(path);
  },
  notFound: () => {
    throw new Error('notFound');
  },
}));

const locationsRoute = await import('@/app/api/v1/locations/route');
const locationRoute = await import('@/app/api/v1/locations/[id]/route');
const checkInRoute = await import('@/app/api/v1/locations/[id]/checkins/[week]/route');
const locationListingRoute = await import('@/app/api/v1/locations/[id]/listings/[platformId]/route');
const listingRoute = await import('@/app/api/v1/listings/[id]/route');
const checklistRoute = await import('@/app/api/v1/locations/[id]/listings/route');
const listingsRoute = await import('@/app/api/v1/listings/route');
const checkInsRoute = await import('@/app/api/v1/checkins/route');
const timeEntriesRoute = await import('@/app/api/v1/time-entries/route');
const timeEntryRoute = await import('@/app/api/v1/time-entries/[id]/route');
const napRoute = await import('@/app/api/v1/nap/compare/route');
const comparisonRoute = await import('@/app/api/v1/benchmarks/comparison/route');
const importRoute = await import('@/app/api/v1/locations/import/route');
const { createLocationAction } = await import('@/app/(app)/o/[slug]/locations/_actions/create-location');
const { updateLocationAction } = await import('@/app/(app)/o/[slug]/locations/_actions/update-location');
const { updateListingAction } =
  await import('@/app/(app)/o/[slug]/locations/[locationId]/listings/_actions/update-listing');
const { saveCheckInDraftAction } =
  await import('@/app/(app)/o/[slug]/locations/[locationId]/checkins/[week]/_actions/save-check-in-draft');
const { submitCheckInAction } =
  await import('@/app/(app)/o/[slug]/locations/[locationId]/checkins/[week]/_actions/submit-check-in');
const { createTimeEntryAction } = await import('@/app/(app)/o/[slug]/time/_actions/create-time-entry');
const { createBenchmarkSetAction } =
  await import('@/app/(app)/o/[slug]/benchmarks/sets/_actions/create-benchmark-set');
const { inviteMemberAction } = await import('@/app/(app)/o/[slug]/settings/members/_actions/invite-member');
const { createCustomPlatformAction } =
  await import('@/app/(app)/o/[slug]/settings/platforms/_actions/create-custom-platform');
const { createApiTokenAction } =
  await import('@/app/(app)/o/[slug]/settings/api-tokens/_actions/create-api-token');

const runs = { numRuns: 40 };
/** Two days ago: never in the future, in a week nobody has submitted. */
const entryDate = addDaysToDate(toPlainDate(new Date(), 'Europe/Berlin'), -2);
const week = formatIsoWeek(isoWeekOfDate(entryDate));
const roundTripDate = addDaysToDate(entryDate, -1);

const validLocation = {
  storeCode: 'FZ-01',
  name: 'Bäckerei am Deich',
  street: 'Hafenstraße 1',
  postalCode: '27568',
  city: 'Bremerhaven',
  phone: '0471 4829310',
  openingHours: { mon: [{ opens: '06:30', closes: '13:00' }] },
};

let team: Awaited<ReturnType<typeof createTeam>>;
let token: string;
let locationId: string;
let platformId: string;
let listingId: string;
let instagramId: string;

beforeAll(async () => {
  team = await createTeam();
  token = await tokenFor(team.manager);
  locationId = await addTestLocation(team.manager);
  platformId = await platformIdByKey('google-business-profile');
  instagramId = await platformIdByKey('instagram');
  const saved = await callApi(locationListingRoute.PUT, {
    token,
    method: 'PUT',
    body: { version: 0, status: 'LIVE' },
    params: { id: locationId, platformId },
  });
  listingId = saved.json?.id as string;
  signedIn.user = team.users.manager;
  console.info(`endpoint fuzz: ${runs.numRuns} runs per property, week ${week}`);
});

/** Calls a handler with a body, expecting a success or a refusal that wrote nothing. */
async function send<P>(
  handler: Parameters<typeof callApi<P>>[0],
  options: Parameters<typeof callApi<P>>[1] & { label: string },
) {
  const response = await expectNothingStoredWhenRefused(
    () => callApi(handler, options),
    (answer) => answer.status >= 400,
  );
  expectClientOutcome(response, options.label);
  return response;
}

const hostilePathId = fc.oneof(
  hostileString,
  fc.constantFrom('00000000-0000-0000-0000-000000000000', '../../etc/passwd', '%00', 'undefined', 'null'),
);

describe('the API refuses hostile input without a 5xx and without storing anything', () => {
  it('POST /api/v1/locations', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileBodyFrom(validLocation, ['description', 'website', 'latitude']),
        async (body) => {
          await send(locationsRoute.POST, { token, method: 'POST', body, label: 'POST locations' });
        },
      ),
      runs,
    );
  });

  it('POST /api/v1/locations with bodies that are no JSON object', async () => {
    await fc.assert(
      fc.asyncProperty(malformedBody, async (rawBody) => {
        const response = await send(locationsRoute.POST, {
          token,
          method: 'POST',
          rawBody,
          label: 'raw body',
        });
        expect(response.status).toBeGreaterThanOrEqual(400);
      }),
      runs,
    );
  });

  it('PATCH /api/v1/locations/{id} leaves the location as it was when it refuses', async () => {
    const stored = async () => (await callApi(locationRoute.GET, { token, params: { id: locationId } })).text;
    await fc.assert(
      fc.asyncProperty(
        hostileBodyFrom({ name: 'x', city: 'y', archived: false }, ['specialHours']),
        async (body) => {
          const before = await stored();
          const response = await send(locationRoute.PATCH, {
            token,
            method: 'PATCH',
            body,
            params: { id: locationId },
            label: 'PATCH location',
          });
          if (response.status >= 400) expect(await stored()).toBe(before);
        },
      ),
      runs,
    );
  });

  it('PUT /api/v1/locations/{id}/checkins/{week}', async () => {
    const valid = {
      minutes: [{ platformId, activity: 'POSTING', minutes: 30 }],
      notes: 'x',
      status: 'DRAFT',
    };
    await fc.assert(
      fc.asyncProperty(
        hostileBodyFrom(valid, ['postsPublished', 'recheckedPlatformIds', 'blockers']),
        fc.oneof(fc.constant(week), hostileString),
        async (body, weekParam) => {
          await send(checkInRoute.PUT, {
            token,
            method: 'PUT',
            body,
            params: { id: locationId, week: weekParam },
            label: 'PUT check-in',
          });
        },
      ),
      runs,
    );
  });

  it('PUT /api/v1/locations/{id}/listings/{platformId} and PATCH /api/v1/listings/{id}', async () => {
    const valid = { version: 1, status: 'LIVE', shownName: 'x', rating: 4.5, reviewCount: 3, notes: 'y' };
    await fc.assert(
      fc.asyncProperty(hostileBodyFrom(valid, ['listingUrl', 'shownPhone', 'markChecked']), async (body) => {
        await send(locationListingRoute.PUT, {
          token,
          method: 'PUT',
          body,
          params: { id: locationId, platformId },
          label: 'PUT listing',
        });
        await send(listingRoute.PATCH, {
          token,
          method: 'PATCH',
          body,
          params: { id: listingId },
          label: 'PATCH',
        });
      }),
      runs,
    );
  });

  it('POST /api/v1/time-entries', async () => {
    const membershipId = team.manager.membershipId;
    const valid = { locationId, platformId, activity: 'POSTING', date: entryDate, minutes: 15, membershipId };
    await fc.assert(
      fc.asyncProperty(hostileBodyFrom(valid, ['note']), async (body) => {
        await send(timeEntriesRoute.POST, { token, method: 'POST', body, label: 'POST time entry' });
      }),
      runs,
    );
  });

  it('POST /api/v1/nap/compare', async () => {
    const valid = { master: { name: 'Bäckerei', city: 'Bremerhaven' }, platform: { name: 'Baeckerei' } };
    await fc.assert(
      fc.asyncProperty(hostileBodyFrom(valid), hostileBodyFrom(valid.master), async (body, master) => {
        await send(napRoute.POST, { token, method: 'POST', body, label: 'nap' });
        await send(napRoute.POST, { token, method: 'POST', body: { ...valid, master }, label: 'nap master' });
      }),
      runs,
    );
  });

  it('POST /api/v1/locations/import with hostile CSV', async () => {
    const header = 'Store code,Business name,Address line 1,Locality,Postal code,Country/Region\n';
    const csv = fc.oneof(
      malformedBody,
      fc
        .tuple(hostileString, hostileString, hostileString)
        .map(
          ([code, name, city]) =>
            `${header}"${code}","${name.replace(/"/g, '""')}",Hafenstraße 1,${city},27568,DE\n`,
        ),
    );
    await fc.assert(
      fc.asyncProperty(csv, fc.constantFrom('?dryRun=1', '', '?allOrNothing=1'), async (rawBody, search) => {
        await send(importRoute.POST, {
          token,
          method: 'POST',
          rawBody,
          path: `/api/v1/locations/import${search}`,
          headers: { 'content-type': 'text/csv' },
          label: 'import',
        });
      }),
      { numRuns: 30 },
    );
  });

  it('GET list endpoints with hostile query strings', async () => {
    const endpoints = [
      {
        handler: locationsRoute.GET,
        path: '/api/v1/locations',
        names: ['q', 'sort', 'page', 'pageSize', 'archived'],
      },
      { handler: listingsRoute.GET, path: '/api/v1/listings', names: ['city', 'status', 'platform', 'page'] },
      { handler: checkInsRoute.GET, path: '/api/v1/checkins', names: ['week', 'locationId'] },
      { handler: timeEntriesRoute.GET, path: '/api/v1/time-entries', names: ['from', 'to'] },
      { handler: comparisonRoute.GET, path: '/api/v1/benchmarks/comparison', names: ['from', 'to', 'set'] },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.array(
          fc.tuple(
            fc.nat(4),
            hostileString.filter((text) => text.length < 5_000),
          ),
          { maxLength: 3 },
        ),
        async (endpoint, pairs) => {
          const search = new URLSearchParams();
          for (const [index, value] of pairs)
            search.append(endpoint.names[index % endpoint.names.length]!, value);
          const path = `${endpoint.path}?${search}`;
          await send(endpoint.handler, { token, path, label: path.slice(0, 200) });
        },
      ),
      runs,
    );
  });

  it('answers 404 for hostile path ids and deletes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePathId, async (id) => {
        for (const [handler, method] of [
          [locationRoute.DELETE, 'DELETE'],
          [locationRoute.GET, 'GET'],
          [timeEntryRoute.DELETE, 'DELETE'],
        ] as const) {
          const response = await send(handler, { token, method, params: { id }, label: `${method} ${id}` });
          expect(response.status).toBe(404);
        }
      }),
      runs,
    );
  });
});

describe('the API stores valid text that looks like an attack exactly as sent', () => {
  const injection = fc.constantFrom(...injectionTexts);

  it('in locations', async () => {
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(injection, injection, injection, async (name, city, description) => {
        const body = {
          ...validLocation,
          storeCode: `INJ-${++counter}`,
          name,
          city,
          description,
          street: name,
        };
        const created = await send(locationsRoute.POST, { token, method: 'POST', body, label: 'create' });
        expect(created.status).toBe(201);
        const read = await callApi(locationRoute.GET, { token, params: { id: created.json?.id as string } });
        expect(read.json).toMatchObject({ name, city, description, street: name });
      }),
      { numRuns: 30 },
    );
  });

  it('in listing items, check-ins and time entries', async () => {
    await fc.assert(
      fc.asyncProperty(injection, injection, async (text, other) => {
        const checklist = await callApi(checklistRoute.GET, { token, params: { id: locationId } });
        const items = checklist.json?.data as { id: string; version: number }[];
        const version = items.find((item) => item.id === listingId)!.version;
        const saved = await send(listingRoute.PATCH, {
          token,
          method: 'PATCH',
          params: { id: listingId },
          body: { version, shownName: text, shownCity: other, notes: `${text}\n${other}` },
          label: 'listing',
        });
        expect(saved.json).toMatchObject({ shownName: text, shownCity: other, notes: `${text}\n${other}` });

        const checkIn = await send(checkInRoute.PUT, {
          token,
          method: 'PUT',
          params: { id: locationId, week },
          body: { notes: text, blockers: other },
          label: 'check-in',
        });
        expect(checkIn.json).toMatchObject({ notes: text, blockers: other });

        // A day of its own: the refusal tests above may have filled the other one up to its 25 hours.
        const entry = {
          locationId,
          platformId,
          activity: 'POSTING',
          date: roundTripDate,
          minutes: 1,
          note: text,
          membershipId: team.manager.membershipId,
        };
        const created = await send(timeEntriesRoute.POST, {
          token,
          method: 'POST',
          body: entry,
          label: 'entry',
        });
        expect(created.status, JSON.stringify(created.json)).toBe(201);
        const listed = await callApi(timeEntriesRoute.GET, {
          token,
          path: `/api/v1/time-entries?from=${roundTripDate}&to=${roundTripDate}`,
        });
        expect(
          (listed.json?.data as { id: string; note: string }[]).find((row) => row.id === created.json?.id)
            ?.note,
        ).toBe(text);
      }),
      { numRuns: 30 },
    );
  });
});

/** Runs a form action; a redirect (what a successful create or update does) counts as a success. */
async function act(action: () => Promise<FormState>): Promise<FormState | 'redirected'> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof navigation.Redirect) return 'redirected';
    throw error;
  }
}

async function submitForm(action: () => Promise<FormState>, label: string) {
  const state = await expectNothingStoredWhenRefused(() => act(action), isErrorState);
  if (state !== 'redirected') expect(['error', 'success'], label).toContain(state.status);
  return state;
}

describe('the server actions refuse hostile forms without an exception and without storing anything', () => {
  const slug = () => team.organisation.slug;
  const locationForm = {
    storeCode: 'FZ-F1',
    name: 'Bäckerei am Deich',
    street: 'Hafenstraße 1',
    postalCode: '27568',
    city: 'Bremerhaven',
    countryCode: 'DE',
    phone: '0471 4829310',
    website: 'baeckerei.example.de',
    description: 'Frisches Brot',
    openingHours: '{"mon":[{"opens":"06:30","closes":"13:00"}]}',
    specialHours: '[]',
    latitude: '53.54',
    longitude: '8.58',
  };

  const cases: {
    name: string;
    valid: () => Record<string, string>;
    run: (form: FormData) => Promise<FormState>;
  }[] = [
    {
      name: 'create location',
      valid: () => locationForm,
      run: (form) => createLocationAction(slug(), initialFormState, form),
    },
    {
      name: 'update location',
      valid: () => ({ ...locationForm, storeCode: 'FZ-U1', locationId }),
      run: (form) => updateLocationAction(slug(), initialFormState, form),
    },
    {
      name: 'update listing',
      valid: () => ({
        locationId,
        platformId: instagramId,
        version: '0',
        status: 'LIVE',
        shownName: 'x',
        rating: '4,5',
        notes: 'y',
      }),
      run: (form) => updateListingAction(slug(), initialFormState, form),
    },
    {
      name: 'create time entry',
      valid: () => ({
        locationId,
        platformId,
        activity: 'POSTING',
        date: entryDate,
        minutes: '20',
        note: 'x',
        membershipId: team.manager.membershipId,
      }),
      run: (form) => createTimeEntryAction(slug(), initialFormState, form),
    },
    {
      name: 'create benchmark set',
      valid: () => ({
        name: 'Umfrage',
        source: 'Kunden',
        year: '2025',
        sampleSize: '10',
        'figures.0.metric': 'ACTIVE_SHARE',
        'figures.0.label': 'Aktiv',
        'figures.0.sharePercent': '50',
      }),
      run: (form) => createBenchmarkSetAction(slug(), initialFormState, form),
    },
    {
      name: 'invite member',
      valid: () => ({ email: 'neu@example.de', role: 'STAFF', anyoneWithLink: 'on' }),
      run: (form) => inviteMemberAction(slug(), initialFormState, form),
    },
    {
      name: 'create custom platform',
      valid: () => ({
        name: 'Stadtportal',
        kind: 'DIRECTORY',
        homeUrl: 'https://stadt.example.de',
        weight: '3',
      }),
      run: (form) => createCustomPlatformAction(slug(), initialFormState, form),
    },
    {
      name: 'create API token',
      valid: () => ({ name: 'Sync' }),
      run: (form) => createApiTokenAction(slug(), initialFormState, form),
    },
  ];

  it.each(cases)('$name', async ({ name, valid, run }) => {
    signedIn.user = team.users.owner;
    // The untouched form is accepted, so the refusals below are the hostile values' doing.
    const accepted = await act(() => run(formData(valid())));
    expect(accepted === 'redirected' || accepted.status === 'success', JSON.stringify(accepted)).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.constant(null).chain(() => hostileFormFrom(valid())),
        async (form) => {
          await submitForm(() => run(form), name);
        },
      ),
      runs,
    );
  });

  it('check-in draft and submit', async () => {
    signedIn.user = team.users.manager;
    const submitLocation = await addTestLocation(team.manager);
    const valid = { version: '0', platformId, activity: 'POSTING', minutes: '30', notes: 'x', blockers: 'y' };
    const otherLocation = await addTestLocation(team.manager);
    expect((await saveCheckInDraftAction(slug(), otherLocation, week, null, formData(valid))).status).toBe(
      'saved',
    );
    await fc.assert(
      fc.asyncProperty(
        hostileFormFrom(valid),
        fc.oneof(fc.constant(week), hostileString),
        async (form, weekText) => {
          const before = await rowCounts();
          const draft = await saveCheckInDraftAction(slug(), locationId, weekText, null, form);
          if (draft.status !== 'saved') expect(await rowCounts()).toEqual(before);
          await submitForm(
            () => submitCheckInAction(slug(), submitLocation, weekText, initialFormState, form),
            'submit',
          );
        },
      ),
      runs,
    );
  });

  it('stores a location named like an attack exactly as typed', async () => {
    signedIn.user = team.users.owner;
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...injectionTexts), async (name) => {
        const storeCode = `FZ-I${++counter}`;
        const state = await act(() =>
          createLocationAction(
            slug(),
            initialFormState,
            formData({ ...locationForm, storeCode, name, city: name }),
          ),
        );
        expect(state).toBe('redirected');
        const created = await callApi(locationsRoute.GET, {
          token,
          path: `/api/v1/locations?q=${storeCode}`,
        });
        expect(created.json?.data).toEqual([expect.objectContaining({ storeCode, name, city: name })]);
      }),
      { numRuns: 20 },
    );
  });
});
