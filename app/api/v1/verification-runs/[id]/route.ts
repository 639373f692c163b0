import { apiRoute } from '@/lib/api/api-route';
import { idFromPath } from '@/lib/api/path-id';
import { apiJson } from '@/lib/api/responses';
import { toVerificationRunJson } from '@/lib/api/verification/run-representation';
import { getVerificationRun } from '@/lib/verification/verification-runs';

export const dynamic = 'force-dynamic';

/** GET /api/v1/verification-runs/{id}: the run's progress and findings per source. */
export const GET = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  const run = await getVerificationRun(member, idFromPath(params.id));
  return apiJson(toVerificationRunJson(run));
});
