import { apiRoute } from '@/lib/api/api-route';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import {
  toSpecialHoursBatchJson,
  toSpecialHoursPreviewJson,
} from '@/lib/api/special-hours-batches/representation';
import { applyHolidayHours } from '@/lib/publishing/holiday-hours/apply';
import { getSpecialHoursBatch, listSpecialHoursBatches } from '@/lib/publishing/holiday-hours/batches';
import { previewHolidayHours } from '@/lib/publishing/holiday-hours/preview';
import { holidayHoursPageSchema, holidayHoursRequestSchema } from '@/lib/publishing/holiday-hours/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/special-hours-batches?page=: the batches, newest first, 20 a page. */
export const GET = apiRoute(async (request, { member }) => {
  const page = holidayHoursPageSchema.parse(new URL(request.url).searchParams.get('page') ?? undefined);
  const batches = await listSpecialHoursBatches(member, page);
  return apiJson({
    data: batches.items.map(toSpecialHoursBatchJson),
    page: batches.page,
    pageCount: batches.pageCount,
    total: batches.total,
  });
});

/**
 * POST /api/v1/special-hours-batches: with `dryRun: true` the preview (200, nothing written);
 * otherwise the batch is applied in one transaction (201 with the batch).
 */
export const POST = apiRoute(async (request, { member }) => {
  const { dryRun, previewPage, choice } = holidayHoursRequestSchema.parse(await readJsonObject(request));
  if (dryRun) {
    return apiJson(toSpecialHoursPreviewJson(choice, await previewHolidayHours(member, choice, previewPage)));
  }
  const applied = await applyHolidayHours(member, choice);
  return apiJson(toSpecialHoursBatchJson(await getSpecialHoursBatch(member, applied.id)), { status: 201 });
});
