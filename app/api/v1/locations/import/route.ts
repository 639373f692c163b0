import { ApiProblem, errorResponse } from '@/lib/api/api-problem';
import { apiRoute } from '@/lib/api/api-route';
import { issueTranslator, toImportReportJson } from '@/lib/api/locations/import-report';
import { csvBodyLimitBytes, readBodyBytes } from '@/lib/api/request-body';
import { apiJson } from '@/lib/api/responses';
import { applyLocationImport, previewLocationImport } from '@/lib/locations/csv/import-locations';

export const dynamic = 'force-dynamic';

const isSet = (value: string | null) => value === '1' || value === 'true';

/**
 * POST /api/v1/locations/import[?dryRun=1][&allOrNothing=1]: the body is the CSV file itself
 * (text/csv), or a multipart form whose first file is it. A file that cannot be read at all
 * answers 422; otherwise the report says per row what happened (or would happen).
 */
export const POST = apiRoute(async (request, { member, locale }) => {
  const url = new URL(request.url);
  const dryRun = isSet(url.searchParams.get('dryRun'));
  const csv = await csvOf(request);
  const report = dryRun
    ? await previewLocationImport(member, csv)
    : await applyLocationImport(member, csv, { allOrNothing: isSet(url.searchParams.get('allOrNothing')) });
  if (report.fileErrors.length > 0) {
    const issues = report.fileErrors.map(issueTranslator(locale));
    return errorResponse(422, {
      code: 'INVALID_CSV',
      message: issues[0]!.message,
      fields: { file: issues.map((issue) => issue.message) },
    });
  }
  return apiJson(toImportReportJson(report, { dryRun, locale }));
});

async function csvOf(request: Request): Promise<Uint8Array> {
  const bytes = await readBodyBytes(request, csvBodyLimitBytes);
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return bytes;
  // curl -F file=@locations.csv: the first file of the form.
  const form = await new Response(bytes, { headers: { 'content-type': contentType } })
    .formData()
    .catch(() => {
      throw new ApiProblem('BAD_REQUEST', 'malformedMultipart');
    });
  const file = [...form.values()].find((value): value is File => typeof value !== 'string');
  if (!file) throw new ApiProblem('BAD_REQUEST', 'noFile');
  return new Uint8Array(await file.arrayBuffer());
}
