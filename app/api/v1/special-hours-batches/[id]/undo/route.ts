import { apiRoute } from '@/lib/api/api-route';
import { apiJson } from '@/lib/api/responses';
import { toSpecialHoursBatchJson } from '@/lib/api/special-hours-batches/representation';
import { getSpecialHoursBatch } from '@/lib/publishing/holiday-hours/batches';
import { undoHolidayHours } from '@/lib/publishing/holiday-hours/undo';

export const dynamic = 'force-dynamic';

/** POST /api/v1/special-hours-batches/{id}/undo: the batch as undone; 409 when it cannot be. */
export const POST = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  await undoHolidayHours(member, params.id);
  return apiJson(toSpecialHoursBatchJson(await getSpecialHoursBatch(member, params.id)));
});
