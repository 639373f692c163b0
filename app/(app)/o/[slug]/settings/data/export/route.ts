import { getCurrentUser } from '@/lib/auth/current-user';
import { exportOrganisation } from '@/lib/data-rights/organisation-export';
import { zipDownloadResponse } from '@/lib/data-rights/zip-stream';
import { hasRole } from '@/lib/access/member-context';
import { findMemberContext } from '@/lib/organisations/member-context';

export const dynamic = 'force-dynamic';

/**
 * GET: the organisation's data as a zip of JSON and CSV files, streamed. Owners only; anyone
 * else gets the same 404 as for a foreign organisation. Writes only the audit event.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'UNAUTHENTICATED' }, { status: 401 });
  const member = await findMemberContext(user, (await params).slug);
  if (!member || !hasRole(member, 'OWNER')) return Response.json({ error: 'NOT_FOUND' }, { status: 404 });
  return zipDownloadResponse(await exportOrganisation(member, { locale: user.locale }));
}
