import { apiRoute } from '@/lib/api/api-route';
import { idFromPath } from '@/lib/api/path-id';
import { loadStructuredData } from '@/lib/api/structured-data/representation';

export const dynamic = 'force-dynamic';

/** GET /api/v1/locations/{id}/json-ld: the location's schema.org JSON-LD (application/ld+json). */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  const { jsonLd } = await loadStructuredData(member, idFromPath(params.id));
  return new Response(`${JSON.stringify(jsonLd, null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; charset=utf-8', 'cache-control': 'no-store' },
  });
});
