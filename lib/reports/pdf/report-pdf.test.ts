import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { monthlyReport } from '../monthly-report';
import { reportNow, seedReportMonth } from '../test-support';
import { renderMonthlyReportPdf, reportPdfFileName } from './report-pdf';

async function pdfText(pdf: Buffer) {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), totalPages };
}

describe('renderMonthlyReportPdf', () => {
  it('writes the month, the organisation and the figures, in German', async () => {
    const { owner, organisation } = await seedReportMonth();
    const report = await monthlyReport(owner, { month: '2026-11' }, { now: reportNow });
    const pdf = await renderMonthlyReportPdf(report, 'de');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(reportPdfFileName(report)).toBe(`ortsbild-bericht-${organisation.slug}-2026-11.pdf`);
    const { text, totalPages } = await pdfText(pdf);
    expect(totalPages).toBeGreaterThanOrEqual(5);
    expect(text).toContain('Monatsbericht November 2026');
    expect(text).toContain(organisation.name);
    expect(text).toContain('Alle Standorte');
    expect(text).toContain('Score am Monatsende 70');
    expect(text).toContain('+35 Punkte zum Vormonat. Mittel über 2 Standorte.');
    expect(text).toContain('Neu gelistet 1 Verloren 1 Korrigiert 1');
    expect(text).toContain('Falsche Daten 1 Übernahme offen 1');
    expect(text).toContain('8 fällige Wochen: 3 pünktlich, 1 verspätet, 4 fehlen.');
    expect(text).toContain('pünktlich 38 %');
    expect(text).toContain('Filiale Süd');
    expect(text).toContain('60 min');
    expect(text).toContain('Website weicht ab 1');
    expect(text).toContain(`Seite 1 von ${totalPages}`);
  });

  it('writes English for an English reader, and a group’s name', async () => {
    const { owner, groupId } = await seedReportMonth();
    const report = await monthlyReport(owner, { month: '2026-11', groupId }, { now: reportNow });
    const { text } = await pdfText(await renderMonthlyReportPdf(report, 'en'));
    expect(text).toContain('Monthly report November 2026');
    expect(text).toContain('Nord');
    expect(text).toContain('Score at the end of the month 80');
    expect(text).toContain('4 weeks due: 2 on time, 1 late, 1 missing.');
  });

  it('says what to do next for a month without figures', async () => {
    const { owner } = await seedReportMonth();
    const report = await monthlyReport(owner, { month: '2026-02' }, { now: reportNow });
    const { text } = await pdfText(await renderMonthlyReportPdf(report, 'de'));
    expect(text).toContain('Noch kein Score für diesen Monat');
    expect(text).toContain('Keine Zeit erfasst');
    expect(text).toContain('Keine automatischen Prüfungen');
  });
});
