import { apiRoute } from '@/lib/api/api-route';
import { runAcceptedResponse } from '@/lib/api/verification/run-representation';
import { readVerificationRunRequest } from '@/lib/api/verification/run-request';
import { verificationEnqueue } from '@/lib/jobs/job-sender';
import { startVerification } from '@/lib/verification/verification-runs';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/verification-runs: verifies every location of the organisation, or the one named
 * by `{ "locationId" }`; answers 202 with the run and its address.
 */
export const POST = apiRoute(async (request, { member }) => {
  const scope = await readVerificationRunRequest(request);
  const run = await startVerification(member, scope, 'API', await verificationEnqueue());
  return runAcceptedResponse(run);
});
