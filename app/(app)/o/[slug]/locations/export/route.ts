import { memberRoute } from '@/lib/api/member-route';
import { exportLocationsCsv, locationsCsv } from '@/lib/locations/csv/export-locations';

export const dynamic = 'force-dynamic';

/**
 * The organisation's locations as CSV in Google's bulk layout, as a download. Any member may
 * export (a limited manager their groups' locations). ?template=1 gives the header line only, as a
 * template to fill in; ?group=<id> exports one location group.
 */
export const GET = memberRoute(async (request, { member }) => {
  const params = new URL(request.url).searchParams;
  const template = params.get('template') === '1';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: member.organisation.timeZone }).format(
    new Date(),
  );
  const filename = template ? 'standorte-vorlage.csv' : `standorte-${member.organisation.slug}-${today}.csv`;
  return new Response(template ? locationsCsv([]) : await exportLocationsCsv(member, params.get('group')), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
});
