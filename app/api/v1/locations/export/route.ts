import { apiRoute } from '@/lib/api/api-route';
import { exportHeaders, exportLocations } from '@/lib/publishing/exports/export-locations';
import { locationExportQuerySchema } from '@/lib/publishing/exports/schemas';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/locations/export: the active locations as a file. Without ?format (or
 * format=google) CSV in the layout the import reads; bing and apple the platforms' bulk files;
 * geojson and kml for maps (X-Omitted-Without-Position counts the locations without a position).
 * ?group=<id> narrows them to a location group.
 */
export const GET = apiRoute(async (request, { member }) => {
  const params = new URL(request.url).searchParams;
  const { format } = locationExportQuerySchema.parse({ format: params.get('format') ?? undefined });
  const file = await exportLocations(member, format, params.get('group'));
  const date = new Date().toISOString().slice(0, 10);
  return new Response(file.body, {
    headers: exportHeaders(file, `locations-${member.organisation.slug}-${date}`),
  });
});
