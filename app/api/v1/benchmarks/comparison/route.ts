import { apiRoute } from '@/lib/api/api-route';
import { toBenchmarkComparisonJson } from '@/lib/api/benchmarks/representation';
import { apiJson } from '@/lib/api/responses';
import { compareWithBenchmark } from '@/lib/benchmarks/comparison';
import { comparisonQuerySchema } from '@/lib/benchmarks/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/v1/benchmarks/comparison?from=&to=&locationId=&membershipId=&set= (422 on a bad query, 404 on foreign ids). */
export const GET = apiRoute(async (request, { member }) => {
  const query = comparisonQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return apiJson(toBenchmarkComparisonJson(await compareWithBenchmark(member, query)));
});
