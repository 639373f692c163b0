import { apiRoute } from '@/lib/api/api-route';
import { monthlyReportPdfResponse } from '@/lib/reports/pdf/pdf-response';

export const dynamic = 'force-dynamic';

/** GET /api/v1/reports/monthly.pdf?month=YYYY-MM&group=: the same report as a PDF, in the request's language. */
export const GET = apiRoute(async (request, { member, locale }) => {
  const search = new URL(request.url).searchParams;
  return monthlyReportPdfResponse(member, { month: search.get('month'), group: search.get('group') }, locale);
});
