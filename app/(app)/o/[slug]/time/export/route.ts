import { getLocale, getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isLocale } from '@/lib/i18n/locales';
import { translateIssues } from '@/lib/forms/parse-form';
import type { Translator } from '@/lib/i18n/app-error-text';
import { findMemberContext } from '@/lib/organisations/member-context';
import { exportTimeEntriesCsv } from '@/lib/time-entries/export-csv';
import { timeEntryRangeSchema } from '@/lib/time-entries/schemas';

export const dynamic = 'force-dynamic';

/**
 * GET ?from=&to=: the time entries dated in the period as a CSV download. Managers export
 * everyone's time, staff their own.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'UNAUTHENTICATED' }, { status: 401 });
  const member = await findMemberContext(user, (await params).slug);
  if (!member) return Response.json({ error: 'NOT_FOUND' }, { status: 404 });

  const range = timeEntryRangeSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!range.success) {
    const t = (await getTranslations()) as unknown as Translator;
    return Response.json(
      { error: 'VALIDATION_FAILED', fields: translateIssues(range.error.issues, t) },
      { status: 422 },
    );
  }
  const locale = await getLocale();
  const csv = await exportTimeEntriesCsv(member, range.data, isLocale(locale) ? locale : 'de');
  const filename = `zeiten-${member.organisation.slug}-${range.data.from}-${range.data.to}.csv`;
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}
