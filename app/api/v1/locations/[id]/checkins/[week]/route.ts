import { z } from 'zod';
import { apiRoute } from '@/lib/api/api-route';
import { toCheckInJson } from '@/lib/api/checkins/representation';
import { idFromPath } from '@/lib/api/path-id';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { checkInPutSchema, isoWeekSchema } from '@/lib/checkins/schemas';
import { putCheckIn } from '@/lib/checkins/write';

export const dynamic = 'force-dynamic';

const weekPathSchema = z.object({ week: isoWeekSchema });

/**
 * PUT /api/v1/locations/{id}/checkins/{week}: the location's whole check-in of that week; the
 * same request again changes nothing. A submitted week answers 409 unless the request equals it.
 */
export const PUT = apiRoute<{ id: string; week: string }>(async (request, { member, params }) => {
  const locationId = idFromPath(params.id);
  const { week } = weekPathSchema.parse({ week: params.week });
  const input = await checkInPutSchema.parseAsync(await readJsonObject(request));
  return apiJson(toCheckInJson(await putCheckIn(member, locationId, week, input)));
});
