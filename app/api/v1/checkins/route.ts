import { apiRoute } from '@/lib/api/api-route';
import { toCheckInListJson } from '@/lib/api/checkins/representation';
import { apiJson } from '@/lib/api/responses';
import { listCheckInsForApi } from '@/lib/checkins/api-list';
import { checkInListQuerySchema } from '@/lib/checkins/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/checkins?week=2026-W48&locationId=: the week's stored check-ins (default: this week). */
export const GET = apiRoute(async (request, { member }) => {
  const query = checkInListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { week, records } = await listCheckInsForApi(member, query.week, query.locationId);
  return apiJson(toCheckInListJson(week, records));
});
