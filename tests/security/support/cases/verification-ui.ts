// Registry: the entry points of the listings verification in the app (the API's are in
// api-routes.ts): the settings, "Jetzt prüfen" for a location and for the whole organisation,
// accepting a suggested status, and the progress route the page polls. Runs go into pg-boss
// through the send-only sender (entry-points.test.ts runs with JOBS=off): no source is asked.
import { db } from '@/lib/db/prisma';
import {
  browserRequest,
  formDataOf,
  memberActionCase,
  memberFormCase,
  sessionRouteCase,
  type CallInput,
  type EntryPointCase,
  type RouteHandler,
} from '../entry-point-case';
import { captureResponse } from '../outcomes';
import { sourcesSwitchedOn, verificationRun } from '../verification-fixtures';
import type { World } from '../world';

const o = 'app/(app)/o/[slug]';
const saved = { kind: 'form' } as const;

/** OpenStreetMap's observation of the location suggesting "live", as after a status set by hand. */
async function suggestedStatus(world: World, locationId: string) {
  await db.locationObservation.create({
    data: {
      organisationId: world.victim.organisation.id,
      locationId,
      source: 'OPENSTREETMAP',
      outcome: 'CONSISTENT',
      observedAt: new Date(),
      suggestedStatus: 'LIVE',
    },
  });
  return { locationId };
}

export const verificationUiCases: EntryPointCase[] = [
  memberFormCase(
    `${o}/settings/verification/_actions/update-verification-settings.ts#updateVerificationSettingsAction`,
    { minimumRole: 'OWNER', namesRecords: false },
    {
      form: () => ({ sources: ['WEBSITE', 'OPENSTREETMAP'], schedule: 'WEEKLY' }),
      success: saved,
      writes: true,
    },
  ),
  memberFormCase(
    `${o}/settings/verification/_actions/start-organisation-verification.ts#startOrganisationVerificationAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    { prepare: sourcesSwitchedOn, form: () => ({}), success: saved, writes: true },
  ),
  // (slug, locationId, …): the checklist page binds the location.
  memberActionCase(
    `${o}/locations/[locationId]/listings/_actions/start-location-verification.ts#startLocationVerificationAction`,
    { minimumRole: 'STAFF', staffOwnOnly: true, namesRecords: true },
    {
      prepare: sourcesSwitchedOn,
      call: (action, { target, slug }) => action(slug, target.locationId, { status: 'idle' }, formDataOf({})),
      success: saved,
      writes: true,
    },
  ),
  memberActionCase(
    `${o}/locations/[locationId]/listings/_actions/accept-suggested-status.ts#acceptSuggestedStatusAction`,
    { minimumRole: 'STAFF', staffOwnOnly: true, namesRecords: true },
    {
      prepare: suggestedStatus,
      call: (action, { target, slug }) =>
        action(slug, target.locationId, { status: 'idle' }, formDataOf({ source: 'OPENSTREETMAP' })),
      success: saved,
      writes: true,
    },
  ),
  {
    ...sessionRouteCase(
      `GET ${o}/verification-runs/[runId]/route.ts`,
      { minimumRole: 'STAFF', namesRecords: true },
      {
        prepare: verificationRun,
        request: () => ({ path: '/' }),
        success: { kind: 'status', status: 200 },
        writes: false,
        // The run names the victim's location.
        reveals: true,
      },
    ),
    // The route's path has the run id as a parameter besides the slug.
    call: (handler, input) => {
      const { slug, target } = input as CallInput<{ runId: string }>;
      return captureResponse(() =>
        (handler as unknown as RouteHandler)(
          browserRequest({ path: `/o/${slug}/verification-runs/${target.runId}` }),
          { params: Promise.resolve({ slug, runId: target.runId }) },
        ),
      );
    },
  },
];
