import { z } from 'zod';
import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { CsvIssue, LocationImportReport } from '@/lib/locations/csv/import-locations';
import { importFields } from '@/lib/locations/csv/import-row-values';
import { weekdays } from '@/lib/locations/field-values';

// The JSON answer of POST /api/v1/locations/import: the importer's report with its message keys
// translated, in the language of the request.
const issueJsonSchema = z.object({
  field: z.string().meta({ description: 'The CSV column, or empty for the whole row or file.' }),
  code: z.string().meta({ description: 'A stable message key, e.g. locations.errors.postalCodeInvalid' }),
  message: z.string(),
});

const weekday = z.enum(weekdays);

const rowValuesJsonSchema = z
  .object({
    name: z.string(),
    street: z.string(),
    addressExtra: z.string().optional(),
    postalCode: z.string(),
    city: z.string(),
    countryCode: z.string(),
    phone: z.string().optional().meta({ description: 'International format, e.g. "+49 471 4829310".' }),
    website: z.string().optional(),
    openingHours: z.array(z.tuple([weekday, weekday, z.string()])).meta({
      description:
        'Runs of consecutive days (Monday first) with the same hours: [first day, last day, "06:30-13:00,14:00-18:00"]. Days without hours (closed) are left out.',
    }),
  })
  .meta({
    description:
      'The main fields as they are (or would be) stored, after normalisation; not for a rejected row.',
  });

const fieldChangeJsonSchema = z.object({
  field: z.enum(importFields),
  from: z.string().meta({ description: 'The stored value; empty when not set (hours: closed).' }),
  to: z.string().meta({
    description:
      'The value the row sets. Hours as in the CSV cells, a position as "53.5396, 8.5809"; values longer than 120 characters are cut, ending in "…".',
  }),
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
        warnings: z
          .array(issueJsonSchema)
          .meta({ description: 'Worth checking, but the row is (or would be) written.' }),
        values: rowValuesJsonSchema.optional(),
        changes: z
          .array(fieldChangeJsonSchema)
          .optional()
          .meta({ description: 'For an update: each field that changes, in the order of the table.' }),
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
    rows: report.rows.map((row) => ({
      ...row,
      errors: row.errors.map(translate),
      warnings: row.warnings.map(translate),
    })),
  };
}
