// Registry: special hours for many locations (#17): the page's apply and undo actions and
// /api/v1/special-hours-batches. The victim's batch carries the world's marker in its note, so a
// read that answers anyone else would show it. The victim's limited manager sees no batch that
// touches a location outside their group, so undoing the victim owner's batch is refused to them.
import { applyHolidayHours } from '@/lib/publishing/holiday-hours/apply';
import { holidayHoursInputSchema } from '@/lib/publishing/holiday-hours/schemas';
import { apiCase, memberActionCase, memberFormCase, type EntryPointCase } from '../entry-point-case';
import type { World } from '../world';

const actions = 'app/(app)/o/[slug]/locations/special-hours/_actions/holiday-hours-actions.ts';
const v1 = 'app/api/v1/special-hours-batches';
const status = (code: number) => ({ kind: 'status', status: code }) as const;

const choiceForm = {
  period: 'range',
  startDate: '2027-12-24',
  closed: 'true',
  scope: 'ALL',
  onExisting: 'SKIP',
};

type BatchTarget = { batchId: string; locationId: string };

/** A batch of the victim's owner over every location, its note the marker. */
async function victimBatch(world: World, locationId: string): Promise<BatchTarget> {
  const choice = holidayHoursInputSchema.parse({ ...choiceForm, note: `${world.marker} Heiligabend` });
  const { id } = await applyHolidayHours(world.victim.owner.member, choice);
  return { batchId: id, locationId };
}

function onBatchApi(method: string, suffix: string, options: { writes: boolean }) {
  return apiCase<BatchTarget>(
    `${method} ${v1}/[id]${suffix}/route.ts`,
    { namesRecords: true },
    {
      prepare: victimBatch,
      request: (target) => ({
        path: `/api/v1/special-hours-batches/${target.batchId}${suffix}`,
        method,
        params: { id: target.batchId },
      }),
      success: status(200),
      writes: options.writes,
      reveals: !options.writes,
    },
  );
}

export const holidayHoursCases: EntryPointCase[] = [
  memberFormCase(
    `${actions}#applyHolidayHoursAction`,
    { minimumRole: 'MANAGER', namesRecords: false },
    {
      form: () => choiceForm,
      success: { kind: 'redirect', to: /\/locations\/special-hours\?applied=[0-9a-f-]{36}/ },
      writes: true,
    },
  ),
  memberActionCase<BatchTarget>(
    `${actions}#undoHolidayHoursAction`,
    { minimumRole: 'MANAGER', namesRecords: true },
    {
      prepare: victimBatch,
      call: (action, { target, slug }) => action(slug, target.batchId, { status: 'idle' }, new FormData()),
      success: { kind: 'redirect', to: /\/locations\/special-hours\?undone=[0-9a-f-]{36}/ },
      writes: true,
    },
  ),
  apiCase<BatchTarget>(
    `GET ${v1}/route.ts`,
    { namesRecords: false },
    {
      prepare: victimBatch,
      request: () => ({ path: '/api/v1/special-hours-batches' }),
      success: status(200),
      writes: false,
      reveals: true,
    },
  ),
  apiCase(
    `POST ${v1}/route.ts`,
    { namesRecords: false },
    {
      request: () => ({
        path: '/api/v1/special-hours-batches',
        method: 'POST',
        json: { ...choiceForm, closed: true },
      }),
      success: status(201),
      writes: true,
    },
  ),
  onBatchApi('GET', '', { writes: false }),
  onBatchApi('POST', '/undo', { writes: true }),
];
