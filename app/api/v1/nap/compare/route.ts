import { apiRoute } from '@/lib/api/api-route';
import { readJsonObject } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { compareNap } from '@/lib/nap/compare';
import { napCompareRequestSchema } from '@/lib/nap/schemas';

export const dynamic = 'force-dynamic';

/** POST /api/v1/nap/compare: { master, platform } → per field match / format / mismatch. */
export const POST = apiRoute(async (request) => {
  const { master, platform } = napCompareRequestSchema.parse(await readJsonObject(request));
  return apiJson(compareNap(master, platform));
});
