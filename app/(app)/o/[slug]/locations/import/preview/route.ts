import { previewLocationImport } from '@/lib/locations/csv/import-locations';
import { handleImportUpload } from '../_lib/handle-import-upload';

export const dynamic = 'force-dynamic';

/** POST the CSV file as the body: what importing it would do, row by row. Writes nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleImportUpload(request, params, previewLocationImport);
}
