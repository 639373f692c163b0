import { apiRoute } from '@/lib/api/api-route';
import { toPlatformJson } from '@/lib/api/listings/representation';
import { apiJson } from '@/lib/api/responses';
import { listPlatforms } from '@/lib/listings/platforms';

export const dynamic = 'force-dynamic';

/** GET /api/v1/platforms: the catalogue and the organisation's own platforms, with its on/off choice. */
export const GET = apiRoute(async (_request, { member }) => {
  return apiJson({ data: (await listPlatforms(member)).map(toPlatformJson) });
});
