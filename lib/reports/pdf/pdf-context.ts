import type { AppLocale } from '@/lib/i18n/locales';
import { createAppFormatter, type AppFormatter } from '@/lib/i18n/formatting';
import { translatorFor } from '@/lib/i18n/translator';
import type { MonthlyReport } from '../report-types';

// What every part of the PDF needs to write in the reader's language: the report's texts, numbers
// and dates formatted as the app formats them, and the report itself. Helvetica carries only the
// Latin-1 (WinAnsi) characters, so texts keep to them (a hyphen for the minus sign).

export type PdfContext = {
  report: MonthlyReport;
  locale: AppLocale;
  t: (key: string, values?: Record<string, string | number>) => string;
  format: AppFormatter;
  number: (value: number, digits?: number) => string;
  percent: (share: number) => string;
  day: (date: string) => string;
};

export function pdfContextFor(report: MonthlyReport, locale: AppLocale): PdfContext {
  const format = createAppFormatter(locale, report.organisation.timeZone);
  const t = translatorFor(locale, 'reports');
  return {
    report,
    locale,
    t: (key, values) =>
      t(key, values)
        .replace(/\u2212/g, '-')
        .replace(/\u202f/g, ' '),
    format,
    number: (value, digits = 1) =>
      format.number(value, { maximumFractionDigits: digits }).replace(/\u202f/g, ' '),
    percent: (share) =>
      format.number(share, { style: 'percent', maximumFractionDigits: 0 }).replace(/[\u202f\u00a0]/g, ' '),
    day: (date) =>
      format.dateTime(new Date(`${date}T12:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  };
}
