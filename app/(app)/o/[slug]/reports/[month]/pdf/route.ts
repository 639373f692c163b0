import { memberRoute } from '@/lib/api/member-route';
import { monthlyReportPdfResponse } from '@/lib/reports/pdf/pdf-response';

export const dynamic = 'force-dynamic';

/**
 * The monthly report of `month` (YYYY-MM) as a PDF download, ?group=<id> for one location group;
 * owners and managers, staff get a 404 as on the page. In the language the person reads the app in.
 */
export const GET = memberRoute<{ slug: string; month: string }>(
  async (request, { member, params, locale }) =>
    monthlyReportPdfResponse(
      member,
      { month: params.month, group: new URL(request.url).searchParams.get('group') },
      locale,
    ),
  { role: 'MANAGER', hideBelowRole: true },
);
