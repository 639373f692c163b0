import { memberRoute } from '@/lib/api/member-route';
import { locationsCsv } from '@/lib/locations/csv/export-locations';
import { exportHeaders, exportLocations } from '@/lib/publishing/exports/export-locations';
import { locationExportQuerySchema } from '@/lib/publishing/exports/schemas';

export const dynamic = 'force-dynamic';

/**
 * The organisation's locations as a download: Google's bulk sheet by default, or with
 * ?format=bing|apple|geojson|kml the other platforms' files (lib/publishing/exports). Any member
 * may export (a limited manager their groups' locations). ?template=1 gives Google's header line
 * only, as a template to fill in; ?group=<id> exports one location group.
 */
export const GET = memberRoute(async (request, { member }) => {
  const params = new URL(request.url).searchParams;
  if (params.get('template') === '1') {
    return new Response(locationsCsv([]), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="standorte-vorlage.csv"',
        'cache-control': 'no-store',
      },
    });
  }
  const { format } = locationExportQuerySchema.parse({ format: params.get('format') ?? undefined });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: member.organisation.timeZone }).format(
    new Date(),
  );
  const file = await exportLocations(member, format, params.get('group'));
  return new Response(file.body, {
    headers: exportHeaders(file, `standorte-${member.organisation.slug}-${today}`),
  });
});
