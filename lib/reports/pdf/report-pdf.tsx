import 'server-only';
import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { AppLocale } from '@/lib/i18n/locales';
import { formatReportMonth } from '../month';
import type { MonthlyReport } from '../report-types';
import { pdfContextFor, type PdfContext } from './pdf-context';
import { CheckInsPdfSection, HoursPdfSection, VerificationPdfSection } from './pdf-more-sections';
import { ListingsPdfSection, ScorePdfSection } from './pdf-sections';
import { pdfStyles } from './pdf-styles';

// The monthly report as a PDF, rendered on the server by @react-pdf/renderer (no browser, the
// built-in Helvetica, nothing fetched), in the reader's language: the same figures as the page,
// a section per page after the first, the organisation, month and page number in every footer.

/** ortsbild-bericht-<organisation>-<YYYY-MM>.pdf */
export function reportPdfFileName(report: Pick<MonthlyReport, 'organisation' | 'month'>) {
  return `ortsbild-bericht-${report.organisation.slug}-${report.month}.pdf`;
}

function Cover({ context }: { context: PdfContext }) {
  const { report, t, format } = context;
  const scope =
    report.group?.name ?? (report.limitedToGroups ? t('page.allMyGroups') : t('page.allLocations'));
  return (
    <View>
      <Text style={pdfStyles.title}>
        {t('report.heading', { month: formatReportMonth(report.month, context.locale) })}
      </Text>
      <Text style={pdfStyles.subtitle}>
        {t('report.scope', { organisation: report.organisation.name, scope })}
      </Text>
      <Text style={pdfStyles.note}>
        {t('report.generated', {
          date: format.dateTime(new Date(report.generatedAt), { dateStyle: 'long' }),
        })}
      </Text>
      {report.partial && <Text style={pdfStyles.note}>{t('page.partial')}</Text>}
    </View>
  );
}

function ReportDocument({ context }: { context: PdfContext }) {
  const { report, t } = context;
  const month = formatReportMonth(report.month, context.locale);
  return (
    <Document
      title={t('report.heading', { month })}
      author="Ortsbild"
      subject={report.organisation.name}
      language={context.locale}
      creator="Ortsbild"
      producer="Ortsbild"
    >
      <Page size="A4" style={pdfStyles.page}>
        <Cover context={context} />
        <ScorePdfSection context={context} />
        <ListingsPdfSection context={context} />
        <CheckInsPdfSection context={context} />
        <HoursPdfSection context={context} />
        <VerificationPdfSection context={context} />
        <View style={pdfStyles.footer} fixed>
          <Text>{`${report.organisation.name} · ${month}`}</Text>
          <Text
            render={({ pageNumber, totalPages }) =>
              t('report.pdf.page', { page: pageNumber, pages: totalPages })
            }
          />
        </View>
      </Page>
    </Document>
  );
}

/** The report's PDF in the reader's language. */
export async function renderMonthlyReportPdf(report: MonthlyReport, locale: AppLocale): Promise<Buffer> {
  return renderToBuffer(<ReportDocument context={pdfContextFor(report, locale)} />);
}
