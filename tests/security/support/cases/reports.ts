// Registry: the monthly report's entry points (lib/reports): the page's PDF download and the API's
// JSON and PDF. Each names a location group of the victim, so another organisation's member or
// token must get 404, and staff (below managers) a 404 as on the page.
import { db } from '@/lib/db/prisma';
import { currentMonthIn } from '@/lib/reports/month';
import {
  apiCase,
  browserRequest,
  sessionRouteCase,
  type EntryPointCase,
  type RouteHandler,
} from '../entry-point-case';
import { captureResponse } from '../outcomes';
import type { World } from '../world';

const ok = { kind: 'status', status: 200 } as const;
const month = () => currentMonthIn('Europe/Berlin');

/** A group of the victim holding the location the cases aim at. */
async function victimGroup(world: World, locationId: string) {
  const organisationId = world.victim.organisation.id;
  const group = await db.locationGroup.create({
    data: {
      organisationId,
      name: `Bericht ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    },
    select: { id: true },
  });
  await db.locationGroupMember.create({ data: { groupId: group.id, locationId, organisationId } });
  return { locationId, groupId: group.id };
}

type Target = { locationId: string; groupId: string };

const pdfDownload = sessionRouteCase<Target>(
  'GET app/(app)/o/[slug]/reports/[month]/pdf/route.ts',
  { minimumRole: 'MANAGER', namesRecords: true },
  {
    prepare: victimGroup,
    request: ({ slug, target }) => ({ path: `/o/${slug}/reports/${month()}/pdf?group=${target.groupId}` }),
    success: ok,
    writes: false,
  },
);

export const reportCases: EntryPointCase[] = [
  {
    ...pdfDownload,
    // The route's params carry the month beside the slug.
    call: (handler, input) =>
      captureResponse(() =>
        (handler as unknown as RouteHandler)(
          browserRequest({
            path: `/o/${input.slug}/reports/${month()}/pdf?group=${(input.target as Target).groupId}`,
          }),
          { params: Promise.resolve({ slug: input.slug, month: month() }) },
        ),
      ),
  },
  apiCase<Target>(
    'GET app/api/v1/reports/monthly/route.ts',
    { namesRecords: true },
    {
      prepare: victimGroup,
      request: ({ groupId }) => ({ path: `/api/v1/reports/monthly?month=${month()}&group=${groupId}` }),
      success: ok,
      writes: false,
      reveals: true,
    },
  ),
  apiCase<Target>(
    'GET app/api/v1/reports/monthly.pdf/route.ts',
    { namesRecords: true },
    {
      prepare: victimGroup,
      request: ({ groupId }) => ({ path: `/api/v1/reports/monthly.pdf?month=${month()}&group=${groupId}` }),
      success: ok,
      writes: false,
    },
  ),
];
