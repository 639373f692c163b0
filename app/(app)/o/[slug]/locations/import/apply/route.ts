import { revalidatePath } from 'next/cache';
import { memberRoute } from '@/lib/api/member-route';
import { applyLocationImport } from '@/lib/locations/csv/import-locations';
import { handleImportUpload } from '../_lib/handle-import-upload';

export const dynamic = 'force-dynamic';

/** POST the CSV file as the body (?allOrNothing=1 to write nothing if any row is rejected). */
export const POST = memberRoute(async (request, { member, locale }) => {
  const allOrNothing = new URL(request.url).searchParams.get('allOrNothing') === '1';
  return handleImportUpload(request, locale, async (csv) => {
    const report = await applyLocationImport(member, csv, { allOrNothing });
    if (report.applied) revalidatePath(`/o/${member.organisation.slug}`, 'layout');
    return report;
  });
});
