import 'server-only';
import { messageResponse } from '@/lib/api/error-response';
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
  if (declaredLength > maxCsvBytes) return tooLarge(locale);
  const csv = new Uint8Array(await request.arrayBuffer());
  if (Number.isFinite(declaredLength) && csv.byteLength !== declaredLength) return tooLarge(locale);
  return Response.json(await run(csv), { headers: { 'cache-control': 'no-store' } });
}
