import { revalidatePath } from 'next/cache';
import { applyLocationImport } from '@/lib/locations/csv/import-locations';
import { handleImportUpload } from '../_lib/handle-import-upload';

export const dynamic = 'force-dynamic';

/** POST the CSV file as the body (?allOrNothing=1 to write nothing if any row is rejected). */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const allOrNothing = new URL(request.url).searchParams.get('allOrNothing') === '1';
  return handleImportUpload(request, params, async (member, csv) => {
    const report = await applyLocationImport(member, csv, { allOrNothing });
    if (report.applied) revalidatePath(`/o/${member.organisation.slug}`, 'layout');
    return report;
  });
}
