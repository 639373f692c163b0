import { getCurrentUser } from '@/lib/auth/current-user';
import { exportAccount } from '@/lib/data-rights/account-export';
import { zipDownloadResponse } from '@/lib/data-rights/zip-stream';

export const dynamic = 'force-dynamic';

/** GET: everything stored about the signed-in user as a zip of JSON and CSV files, streamed. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'UNAUTHENTICATED' }, { status: 401 });
  return zipDownloadResponse(await exportAccount(user, { locale: user.locale }));
}
