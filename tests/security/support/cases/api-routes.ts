// Registry: the /api/v1 route handlers. A bearer token acts as a manager of its organisation, so
// the probes are: no token, the victim's revoked token, and the attacker's valid token either
// naming the victim's records (must be 404) or asking for its own organisation's data (must show
// nothing of the victim). Staff roles do not apply to tokens.
import { apiCase, type EntryPointCase } from '../entry-point-case';
import { benchmarkSet, customPlatform, listingItem, submittedCheckIn, timeEntry } from '../fixtures';
import { sourcesSwitchedOn, verificationRun } from '../verification-fixtures';
import type { World } from '../world';

const withCustomPlatform = async (world: World, locationId: string) => ({
  locationId,
  ...(await customPlatform(world)),
});

const v1 = 'app/api/v1';
const status = (code: number) => ({ kind: 'status', status: code }) as const;

const newLocation = (world: World) => ({
  storeCode: `API-${Date.now().toString(36)}`,
  name: 'Bäckerei Deichbrise Hafen',
  street: 'Hafenstraße 12',
  postalCode: '27568',
  city: 'Bremerhaven',
  // A member of the victim: another organisation's token may not assign them.
  assignedMembershipId: world.victim.staff.member.membershipId,
});

export const apiRouteCases: EntryPointCase[] = [
  apiCase(
    `GET ${v1}/benchmarks/comparison/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }) => ({ path: `/api/v1/benchmarks/comparison?locationId=${locationId}` }),
      success: status(200),
      writes: false,
    },
  ),
  apiCase(
    `GET ${v1}/score-history/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }) => ({ path: `/api/v1/score-history?locationId=${locationId}` }),
      success: status(200),
      writes: false,
    },
  ),
  apiCase(
    `GET ${v1}/benchmarks/route.ts`,
    { namesRecords: false },
    {
      prepare: benchmarkSet,
      request: () => ({ path: '/api/v1/benchmarks' }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `GET ${v1}/checkins/route.ts`,
    { namesRecords: true },
    {
      prepare: submittedCheckIn,
      request: ({ locationId }, world) => ({
        path: `/api/v1/checkins?week=${world.week}&locationId=${locationId}`,
      }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `PATCH ${v1}/listings/[id]/route.ts`,
    { namesRecords: true },
    {
      prepare: listingItem,
      request: ({ listingItemId }) => ({
        path: `/api/v1/listings/${listingItemId}`,
        method: 'PATCH',
        params: { id: listingItemId },
        json: { version: 1, status: 'NEEDS_UPDATE' },
      }),
      success: status(200),
      writes: true,
    },
  ),
  apiCase(
    `GET ${v1}/listings/route.ts`,
    { namesRecords: false },
    { request: () => ({ path: '/api/v1/listings' }), success: status(200), writes: false, reveals: true },
  ),
  apiCase(
    `PUT ${v1}/locations/[id]/checkins/[week]/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }, world) => ({
        path: `/api/v1/locations/${locationId}/checkins/${world.week}`,
        method: 'PUT',
        params: { id: locationId, week: world.week },
        json: { postsPublished: 2, notes: 'Über die API' },
      }),
      success: status(200),
      writes: true,
    },
  ),
  {
    ...apiCase(
      `PUT ${v1}/locations/[id]/listings/[platformId]/route.ts`,
      { namesRecords: true },
      {
        // The victim's own platform, so that it can also be tried on the attacker's location.
        prepare: withCustomPlatform,
        request: ({ locationId, platformId }) => ({
          path: `/api/v1/locations/${locationId}/listings/${platformId}`,
          method: 'PUT',
          params: { id: locationId, platformId },
          json: { version: 0, status: 'LIVE' },
        }),
        success: status(201),
        writes: true,
      },
    ),
    extraProbes: (world, target) => [
      {
        name: "another organisation's token, the victim's platform on its own location",
        sessionId: null,
        token: world.attacker.token,
        target: { ...(target as object), locationId: world.attacker.locationId },
        refusals: ['NOT_FOUND'],
      },
    ],
  },
  apiCase(
    `GET ${v1}/locations/[id]/listings/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }) => ({
        path: `/api/v1/locations/${locationId}/listings`,
        params: { id: locationId },
      }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `GET ${v1}/locations/[id]/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }) => ({ path: `/api/v1/locations/${locationId}`, params: { id: locationId } }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `PATCH ${v1}/locations/[id]/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }) => ({
        path: `/api/v1/locations/${locationId}`,
        method: 'PATCH',
        params: { id: locationId },
        json: { name: 'Bäckerei Deichbrise Neu', archived: true },
      }),
      success: status(200),
      writes: true,
    },
  ),
  apiCase(
    `DELETE ${v1}/locations/[id]/route.ts`,
    { namesRecords: true },
    {
      request: ({ locationId }) => ({
        path: `/api/v1/locations/${locationId}`,
        method: 'DELETE',
        params: { id: locationId },
      }),
      success: status(204),
      writes: true,
    },
  ),
  apiCase(
    `POST ${v1}/locations/[id]/verify/route.ts`,
    { namesRecords: true },
    {
      prepare: sourcesSwitchedOn,
      request: ({ locationId }) => ({
        path: `/api/v1/locations/${locationId}/verify`,
        method: 'POST',
        params: { id: locationId },
      }),
      success: status(202),
      writes: true,
    },
  ),
  apiCase(
    `GET ${v1}/locations/export/route.ts`,
    { namesRecords: false },
    {
      request: () => ({ path: '/api/v1/locations/export' }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `POST ${v1}/locations/import/route.ts`,
    { namesRecords: false },
    {
      request: () => ({
        path: '/api/v1/locations/import',
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: [
          'Store code,Business name,Address line 1,Locality,Postal code',
          `API-IMP-${Date.now().toString(36)},Bäckerei Deichbrise Markt,Markt 2,Bremerhaven,27570`,
        ].join('\r\n'),
      }),
      success: status(200),
      writes: true,
    },
  ),
  apiCase(
    `GET ${v1}/locations/route.ts`,
    { namesRecords: false },
    { request: () => ({ path: '/api/v1/locations' }), success: status(200), writes: false, reveals: true },
  ),
  apiCase(
    `POST ${v1}/locations/route.ts`,
    { namesRecords: true },
    {
      request: (_target, world) => ({ path: '/api/v1/locations', method: 'POST', json: newLocation(world) }),
      success: status(201),
      writes: true,
    },
  ),
  apiCase(
    `POST ${v1}/nap/compare/route.ts`,
    // Compares two records sent in the body: it reads no organisation's data at all.
    { namesRecords: false },
    {
      request: () => ({
        path: '/api/v1/nap/compare',
        method: 'POST',
        json: {
          master: {
            name: 'Bäckerei Deichbrise',
            street: 'Hafenstraße 12',
            postcode: '27568',
            city: 'Bremerhaven',
          },
          platform: {
            name: 'Baeckerei Deichbrise',
            street: 'Hafenstr. 12',
            postcode: '27568',
            city: 'Bremerhaven',
          },
        },
      }),
      success: status(200),
      writes: false,
    },
  ),
  apiCase(
    `GET ${v1}/platforms/route.ts`,
    { namesRecords: false },
    {
      prepare: customPlatform,
      request: () => ({ path: '/api/v1/platforms' }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  {
    ...apiCase<{ locationId?: string }>(
      `POST ${v1}/verification-runs/route.ts`,
      // The whole organisation of the token: another organisation's token starts its own run.
      { namesRecords: false },
      {
        prepare: async (world, locationId) => {
          await sourcesSwitchedOn(world, locationId);
          return {};
        },
        request: ({ locationId }) => ({
          path: '/api/v1/verification-runs',
          method: 'POST',
          json: locationId ? { locationId } : {},
        }),
        success: status(202),
        writes: true,
      },
    ),
    extraProbes: (world) => [
      {
        name: "another organisation's token, naming the victim's location",
        sessionId: null,
        token: world.attacker.token,
        target: { locationId: world.victim.otherLocationId },
        refusals: ['NOT_FOUND'],
      },
    ],
  },
  apiCase(
    `GET ${v1}/verification-runs/[id]/route.ts`,
    { namesRecords: true },
    {
      prepare: verificationRun,
      request: ({ runId }) => ({ path: `/api/v1/verification-runs/${runId}`, params: { id: runId } }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `DELETE ${v1}/time-entries/[id]/route.ts`,
    { namesRecords: true },
    {
      prepare: timeEntry,
      request: ({ timeEntryId }) => ({
        path: `/api/v1/time-entries/${timeEntryId}`,
        method: 'DELETE',
        params: { id: timeEntryId },
      }),
      success: status(204),
      writes: true,
    },
  ),
  apiCase(
    `GET ${v1}/time-entries/route.ts`,
    { namesRecords: false },
    {
      prepare: timeEntry,
      request: (_target, world) => ({ path: `/api/v1/time-entries?from=${world.today}&to=${world.today}` }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  {
    ...apiCase(
      `POST ${v1}/time-entries/route.ts`,
      { namesRecords: true },
      {
        prepare: withCustomPlatform,
        request: ({ locationId, platformId }, world) => ({
          path: '/api/v1/time-entries',
          method: 'POST',
          json: {
            locationId,
            platformId,
            activity: 'POSTING',
            date: world.today,
            minutes: 15,
            membershipId: world.victim.owner.member.membershipId,
          },
        }),
        success: status(201),
        writes: true,
      },
    ),
    // A platform of the victim is "not enabled" for anyone else, like an unknown one.
    extraProbes: (world, target) => [
      {
        name: "another organisation's token, the victim's platform on its own location",
        sessionId: null,
        token: world.attacker.token,
        target: { ...(target as object), locationId: world.attacker.locationId },
        refusals: ['NOT_FOUND', 'VALIDATION_FAILED'],
      },
    ],
  },
];
