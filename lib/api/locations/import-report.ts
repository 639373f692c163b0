import { z } from 'zod';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { CsvIssue, LocationImportReport } from '@/lib/locations/csv/import-locations';

// The JSON answer of POST /api/v1/locations/import: the importer's report with its message keys
// translated, in the language of the request.
const issueJsonSchema = z.object({
  field: z.string().meta({ description: 'The CSV column, or empty for the whole row or file.' }),
  code: z.string().meta({ description: 'A stable message key, e.g. locations.errors.postalCodeInvalid' }),
  message: z.string(),
});

export const importReportJsonSchema = z
  .object({
    dryRun: z.boolean(),
    applied: z.boolean().meta({
      description:
        'True when the valid rows were written; false for a dry run or a refused all-or-nothing import.',
    }),
    totals: z.object({ created: z.int(), updated: z.int(), unchanged: z.int(), rejected: z.int() }),
    notices: z.array(issueJsonSchema),
    rows: z.array(
      z.object({
        rowNumber: z.int().meta({ description: 'As a spreadsheet shows it; the header is row 1.' }),
        storeCode: z.string(),
        outcome: z.enum(['create', 'update', 'unchanged', 'reject']),
        errors: z.array(issueJsonSchema),
      }),
    ),
  })
  .meta({ title: 'ImportReport' });
export type ImportReportJson = z.output<typeof importReportJsonSchema>;

export function issueTranslator(locale: AppLocale) {
  const t = translatorFor(locale, '') as ((key: string, values?: CsvIssue['params']) => string) & {
    has(key: string): boolean;
  };
  return (issue: CsvIssue) => ({
    field: issue.field,
    code: issue.messageKey,
    message: t.has(issue.messageKey) ? t(issue.messageKey, issue.params) : t('validation.invalid'),
  });
}

export function toImportReportJson(
  report: LocationImportReport,
  options: { dryRun: boolean; locale: AppLocale },
): ImportReportJson {
  const translate = issueTranslator(options.locale);
  return {
    dryRun: options.dryRun,
    applied: report.applied,
    totals: report.totals,
    notices: report.notices.map(translate),
    rows: report.rows.map((row) => ({ ...row, errors: row.errors.map(translate) })),
  };
}
