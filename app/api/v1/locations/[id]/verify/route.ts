import { apiRoute } from '@/lib/api/api-route';
import { idFromPath } from '@/lib/api/path-id';
import { runAcceptedResponse } from '@/lib/api/verification/run-representation';
import { verificationEnqueue } from '@/lib/jobs/job-sender';
import { startVerification } from '@/lib/verification/verification-runs';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/locations/{id}/verify: asks every source switched on about the location; answers
 * 202 with the run and its address (409 when no source is on or the location is archived).
 */
export const POST = apiRoute<{ id: string }>(async (_request, { member, params }) => {
  const locationId = idFromPath(params.id);
  const run = await startVerification(member, { locationId }, 'API', await verificationEnqueue());
  return runAcceptedResponse(run);
});
