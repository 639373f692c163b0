import { apiRoute } from '@/lib/api/api-route';
import { apiJson } from '@/lib/api/responses';
import { toSpecialHoursBatchJson } from '@/lib/api/special-hours-batches/representation';
import { getSpecialHoursBatch } from '@/lib/publishing/holiday-hours/batches';

export const dynamic = 'force-dynamic';

/** GET /api/v1/special-hours-batches/{id} */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) =>
  apiJson(toSpecialHoursBatchJson(await getSpecialHoursBatch(member, params.id))),
);
