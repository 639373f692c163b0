import { apiRoute } from '@/lib/api/api-route';
import { toMonthlyReportJson } from '@/lib/api/reports/representation';
import { apiJson } from '@/lib/api/responses';
import { monthlyReport } from '@/lib/reports/monthly-report';
import { monthlyReportQuerySchema } from '@/lib/reports/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/reports/monthly?month=YYYY-MM&group= (422 on a bad or out-of-range month, 404 on a foreign group). */
export const GET = apiRoute(async (request, { member }) => {
  const query = monthlyReportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return apiJson(
    toMonthlyReportJson(await monthlyReport(member, { month: query.month, groupId: query.group })),
  );
});
