import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { z } from 'zod';
import { PageHeader } from '@/components/ui/page-header';
import { hasRole, type MemberContext } from '@/lib/access/member-context';
import { translateIssues } from '@/lib/forms/parse-form';
import type { Translator } from '@/lib/i18n/app-error-text';
import { loadAppShellData } from '@/lib/organisations/app-shell-data';
import { findOrNotFound, requireMember } from '@/lib/organisations/member-context';
import { formatReportMonth, selectableMonths } from '@/lib/reports/month';
import { monthlyReport } from '@/lib/reports/monthly-report';
import { monthlyReportQuerySchema } from '@/lib/reports/schemas';
import { CheckInsSection } from './_components/checkins-section';
import { HoursSection } from './_components/hours-section';
import { ListingsSection } from './_components/listings-section';
import { ReportForm } from './_components/report-form';
import { ScoreSection } from './_components/score-section';
import { VerificationSection } from './_components/verification-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports.page'))('title') };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The monthly report of a past or the current month, for the organisation or one location group,
 * as a page that prints on A4 (no navigation, a page per section) and as a PDF. Owners and
 * managers (a limited manager: their groups); staff get a 404 like any page that is not theirs, as
 * the report covers every location and the team's punctuality.
 */
export default async function ReportsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const member = await requireMember(slug);
  if (!hasRole(member, 'MANAGER')) notFound();
  const search = await searchParams;
  const { report, errors } = await readReport(member, {
    month: single(search.month),
    group: single(search.group),
  });
  const [groups, t, locale, format] = await Promise.all([
    loadAppShellData(member).then((shell) => shell.groupOptions),
    getTranslations('reports'),
    getLocale(),
    getAppFormatter(),
  ]);
  const base = `/o/${slug}`;
  const pdfHref = `${base}/reports/${report.month}/pdf${report.group ? `?group=${report.group.id}` : ''}`;
  const monthLabel = formatReportMonth(report.month, locale);
  const scope =
    report.group?.name ?? (report.limitedToGroups ? t('page.allMyGroups') : t('page.allLocations'));
  return (
    <>
      <div className="print:hidden">
        <PageHeader title={t('page.title')} intro={t('page.intro')} />
        <ReportForm
          action={`${base}/reports`}
          month={report.month}
          groupId={report.group?.id ?? ''}
          months={selectableMonths(report.months.earliest, report.months.latest).map((month) => ({
            value: month,
            label: formatReportMonth(month, locale),
          }))}
          groups={groups}
          allLabel={report.limitedToGroups ? t('page.allMyGroups') : t('page.allLocations')}
          errors={errors}
          pdfHref={pdfHref}
        />
      </div>
      <article aria-labelledby="report-heading" className="report space-y-6">
        <header className="report-cover">
          <h2 id="report-heading" className="text-2xl font-bold text-slate-900">
            {t('report.heading', { month: monthLabel })}
          </h2>
          <p className="text-slate-700">
            {t('report.scope', { organisation: report.organisation.name, scope })}
          </p>
          <p className="text-sm text-slate-600">
            {t('report.generated', {
              date: format.dateTime(new Date(report.generatedAt), { dateStyle: 'long' }),
            })}
          </p>
          {report.partial && <p className="mt-2 text-sm font-medium text-amber-900">{t('page.partial')}</p>}
          {report.limitedToGroups && <p className="mt-1 text-sm text-slate-700">{t('page.limited')}</p>}
        </header>
        <ScoreSection report={report} />
        <ListingsSection report={report} base={base} />
        <CheckInsSection report={report} />
        <HoursSection report={report} />
        <VerificationSection report={report} />
      </article>
    </>
  );
}

/**
 * The report the URL asks for. A month or group that does not parse, or a month outside the
 * organisation's months, is named beside its field and the default report is shown; a group that
 * is not the member's is a 404.
 */
async function readReport(member: MemberContext, input: { month?: string; group?: string }) {
  const tAll = (await getTranslations()) as unknown as Translator;
  const parsed = monthlyReportQuerySchema.safeParse(input);
  const errors = parsed.success ? {} : translateIssues(parsed.error.issues, tAll);
  const query = parsed.success ? parsed.data : {};
  try {
    return {
      report: await findOrNotFound(monthlyReport(member, { month: query.month, groupId: query.group })),
      errors,
    };
  } catch (error) {
    if (!(error instanceof z.core.$ZodError)) throw error;
    const report = await findOrNotFound(monthlyReport(member, { groupId: query.group }));
    return { report, errors: { ...errors, ...translateIssues(error.issues, tAll) } };
  }
}
