import { apiRoute } from '@/lib/api/api-route';
import { toListingMatrixRowJson } from '@/lib/api/listings/matrix-representation';
import { apiJson } from '@/lib/api/responses';
import { listMatrix } from '@/lib/listings/matrix';
import { matrixQuerySchema } from '@/lib/listings/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/listings?status=&platform=&city=&assignee=&page=&pageSize= (two queries at any size). */
export const GET = apiRoute(async (request, { member }) => {
  const query = matrixQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const matrix = await listMatrix(member, query);
  return apiJson({
    data: matrix.rows.map(toListingMatrixRowJson),
    page: matrix.page,
    pageSize: matrix.pageSize,
    total: matrix.total,
    counts: matrix.counts,
  });
});
