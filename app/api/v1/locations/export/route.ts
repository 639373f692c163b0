import { apiRoute } from '@/lib/api/api-route';
import { exportLocationsCsv } from '@/lib/locations/csv/export-locations';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/locations/export: the active locations as CSV, in the layout the import reads;
 * ?group=<id> narrows them to a location group.
 */
export const GET = apiRoute(async (request, { member }) => {
  const csv = await exportLocationsCsv(member, new URL(request.url).searchParams.get('group'));
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="locations-${member.organisation.slug}-${date}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
