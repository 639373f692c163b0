import { memberRoute } from '@/lib/api/member-route';
import { exportOrganisation } from '@/lib/data-rights/organisation-export';
import { zipDownloadResponse } from '@/lib/data-rights/zip-stream';

export const dynamic = 'force-dynamic';

/**
 * GET: the organisation's data as a zip of JSON and CSV files, streamed. Owners only; anyone
 * else gets the same 404 as for a foreign organisation (the refusal is in the audit log). Writes
 * only the audit event.
 */
export const GET = memberRoute(
  async (_request, { member }) =>
    zipDownloadResponse(await exportOrganisation(member, { locale: member.actor.locale })),
  { role: 'OWNER', hideBelowRole: true },
);
