import { resolveGroupFilter } from '@/lib/access/group-filter';
import { apiRoute } from '@/lib/api/api-route';
import { toScoreHistoryJson } from '@/lib/api/score-history/representation';
import { apiJson } from '@/lib/api/responses';
import { resolveHistoryPeriod } from '@/lib/score-history/period';
import { locationScoreHistory, organisationScoreHistory } from '@/lib/score-history/read-history';
import { scoreHistoryQuerySchema } from '@/lib/score-history/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/score-history?from=&to=&locationId=&group= (422 on a bad query, 404 on a foreign location or group). */
export const GET = apiRoute(async (request, { member }) => {
  const query = scoreHistoryQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const timeZone = member.organisation.timeZone;
  const period = resolveHistoryPeriod(query, timeZone);
  const points = query.locationId
    ? await locationScoreHistory(member, query.locationId, period)
    : await organisationScoreHistory(member, period, {
        groupId: await resolveGroupFilter(member, query.group),
      });
  return apiJson(toScoreHistoryJson(period, timeZone, query.locationId ?? null, points));
});
