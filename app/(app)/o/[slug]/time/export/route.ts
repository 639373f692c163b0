import { memberRoute } from '@/lib/api/member-route';
import { exportTimeEntriesCsv } from '@/lib/time-entries/export-csv';
import { timeEntryRangeSchema } from '@/lib/time-entries/schemas';

export const dynamic = 'force-dynamic';

/**
 * GET ?from=&to=: the time entries dated in the period as a CSV download. Managers export
 * everyone's time, staff their own. An invalid period answers 422 with a message per field.
 */
export const GET = memberRoute(async (request, { member, locale }) => {
  const range = timeEntryRangeSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const csv = await exportTimeEntriesCsv(member, range, locale);
  const filename = `zeiten-${member.organisation.slug}-${range.from}-${range.to}.csv`;
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
});
