import 'server-only';
import { getCurrentUser } from '@/lib/auth/current-user';
import { httpStatusFor, isAppError } from '@/lib/errors';
import type { LocationImportReport } from '@/lib/locations/csv/import-locations';
import { maxCsvBytes } from '@/lib/locations/csv/limits';
import type { MemberContext } from '@/lib/access/member-context';
import { findMemberContext } from '@/lib/organisations/member-context';

const noStore = { 'cache-control': 'no-store' };
const fail = (status: number, error: string, messageKey?: string, params?: Record<string, string | number>) =>
  Response.json({ error, ...(messageKey ? { messageKey, params } : {}) }, { status, headers: noStore });
const tooLarge = () =>
  fail(413, 'TOO_LARGE', 'locationImport.errors.fileTooLarge', { megabytes: maxCsvBytes / 2 ** 20 });

/**
 * The upload routes of the import page: the CSV arrives as the raw request body (sent with
 * XMLHttpRequest, which reports upload progress). The member is resolved like pages do; another
 * organisation's slug answers 404 exactly like a missing one. The custom header makes browsers
 * ask before sending it cross-site (a CORS preflight this app never allows).
 */
export async function handleImportUpload(
  request: Request,
  params: Promise<{ slug: string }>,
  run: (member: MemberContext, csv: Uint8Array) => Promise<LocationImportReport>,
) {
  if (request.headers.get('x-requested-with') !== 'XMLHttpRequest') return fail(403, 'FORBIDDEN');
  const user = await getCurrentUser();
  if (!user) return fail(401, 'UNAUTHENTICATED');
  const member = await findMemberContext(user, (await params).slug);
  if (!member) return fail(404, 'NOT_FOUND');

  const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declaredLength > maxCsvBytes) return tooLarge();
  const csv = new Uint8Array(await request.arrayBuffer());
  // A body cut short on the way (e.g. at the proxy's size limit) must not import half a file.
  if (Number.isFinite(declaredLength) && csv.byteLength !== declaredLength) {
    return tooLarge();
  }
  try {
    return Response.json(await run(member, csv), { headers: noStore });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return fail(httpStatusFor[error.code], error.code, error.messageKey, error.params);
  }
}
