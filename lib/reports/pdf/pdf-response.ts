import 'server-only';
import type { MemberContext } from '@/lib/access/member-context';
import type { AppLocale } from '@/lib/i18n/locales';
import { monthlyReport } from '../monthly-report';
import { monthlyReportQuerySchema } from '../schemas';
import { renderMonthlyReportPdf, reportPdfFileName } from './report-pdf';

/**
 * The report's PDF as a download, for the page's link and the API alike: the query parsed with
 * the report's schema (422 on a bad month or group id), the report read for the member (404 for a
 * group that is not theirs), rendered in `locale`.
 */
export async function monthlyReportPdfResponse(
  member: MemberContext,
  input: { month?: string | null; group?: string | null },
  locale: AppLocale,
) {
  const query = monthlyReportQuerySchema.parse(input);
  const report = await monthlyReport(member, { month: query.month, groupId: query.group });
  const pdf = await renderMonthlyReportPdf(report, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${reportPdfFileName(report)}"`,
      'cache-control': 'no-store',
    },
  });
}
