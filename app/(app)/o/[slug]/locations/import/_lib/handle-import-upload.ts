import 'server-only';
import { ApiProblem } from '@/lib/api/api-problem';
import { messageResponse } from '@/lib/api/error-response';
import { readBodyBytes } from '@/lib/api/request-body';
import type { AppLocale } from '@/lib/i18n/locales';
import type { LocationImportReport } from '@/lib/locations/csv/import-locations';
import { maxCsvBytes } from '@/lib/locations/csv/limits';

const tooLarge = (locale: AppLocale) =>
  messageResponse(413, 'PAYLOAD_TOO_LARGE', 'locationImport.errors.fileTooLarge', locale, {
    megabytes: maxCsvBytes / 2 ** 20,
  });

/**
 * The body of the import page's upload routes (inside memberRoute, which resolves the member):
 * the CSV arrives as the raw request body (sent with XMLHttpRequest, which reports upload
 * progress). The custom header makes browsers ask before sending it cross-site (a CORS preflight
 * this app never allows). A body over the limit, or cut short on the way (e.g. at a proxy's size
 * limit), is refused whole: half a file is never imported.
 */
export async function handleImportUpload(
  request: Request,
  locale: AppLocale,
  run: (csv: Uint8Array) => Promise<LocationImportReport>,
) {
  if (request.headers.get('x-requested-with') !== 'XMLHttpRequest') {
    return messageResponse(403, 'FORBIDDEN', 'errors.FORBIDDEN', locale);
  }
  const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN);
  let csv: Uint8Array;
  try {
    // Bounded while it streams: a body without a length is never read past the limit.
    csv = await readBodyBytes(request, maxCsvBytes);
  } catch (error) {
    if (error instanceof ApiProblem && error.code === 'PAYLOAD_TOO_LARGE') return tooLarge(locale);
    throw error;
  }
  if (Number.isFinite(declaredLength) && csv.byteLength !== declaredLength) return tooLarge(locale);
  return Response.json(await run(csv), { headers: { 'cache-control': 'no-store' } });
}
