import { getCurrentUser } from '@/lib/auth/current-user';
import { loadMapPayload } from '@/lib/locations/map-data';
import { findMemberContext } from '@/lib/organisations/member-context';

// The map's locations in compact form (lib/locations/map-payload.ts). Per user, never cached.
export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'private, no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: noStore });
  // A foreign organisation answers exactly like a missing one.
  const member = await findMemberContext(user, (await params).slug);
  if (!member) return Response.json({ error: 'not_found' }, { status: 404, headers: noStore });
  return Response.json(await loadMapPayload(member), { headers: noStore });
}
