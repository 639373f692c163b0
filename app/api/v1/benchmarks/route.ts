import { apiRoute } from '@/lib/api/api-route';
import { toBenchmarkSetJson } from '@/lib/api/benchmarks/representation';
import { apiJson } from '@/lib/api/responses';
import { listBenchmarkSets } from '@/lib/benchmarks/benchmark-sets';

export const dynamic = 'force-dynamic';

/** GET /api/v1/benchmarks: the built-in survey and the organisation's own sets, with their figures. */
export const GET = apiRoute(async (_request, { member }) => {
  return apiJson({ data: (await listBenchmarkSets(member)).map(toBenchmarkSetJson) });
});
