import { memberRoute } from '@/lib/api/member-route';
import { verificationRunJson } from '@/lib/verification/run-progress';
import { getVerificationRun } from '@/lib/verification/verification-runs';

// A verification run's progress, asked every 1.5 s by the page that started it until the run is
// finished. Any member of the organisation may follow a run; another organisation's is 404.
export const dynamic = 'force-dynamic';

export const GET = memberRoute<{ slug: string; runId: string }>(async (_request, { member, params }) => {
  const run = await getVerificationRun(member, params.runId);
  return Response.json(await verificationRunJson(member, run), {
    headers: { 'cache-control': 'private, no-store' },
  });
});
