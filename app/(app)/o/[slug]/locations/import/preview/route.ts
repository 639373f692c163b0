import { memberRoute } from '@/lib/api/member-route';
import { previewLocationImport } from '@/lib/locations/csv/import-locations';
import { handleImportUpload } from '../_lib/handle-import-upload';

export const dynamic = 'force-dynamic';

/** POST the CSV file as the body: what importing it would do, row by row. Writes nothing. */
export const POST = memberRoute(async (request, { member, locale }) =>
  handleImportUpload(request, locale, (csv) => previewLocationImport(member, csv)),
);
