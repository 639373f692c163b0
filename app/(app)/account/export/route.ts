import { userRoute } from '@/lib/api/member-route';
import { exportAccount } from '@/lib/data-rights/account-export';
import { zipDownloadResponse } from '@/lib/data-rights/zip-stream';

export const dynamic = 'force-dynamic';

/** GET: everything stored about the signed-in user as a zip of JSON and CSV files, streamed. */
export const GET = userRoute(async (_request, { user }) =>
  zipDownloadResponse(await exportAccount(user, { locale: user.locale })),
);
