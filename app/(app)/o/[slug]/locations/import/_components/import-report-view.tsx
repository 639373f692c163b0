'use client';

import { useTranslations } from 'next-intl';
import type { CsvIssue, LocationImportReport } from '@/lib/locations/csv/import-locations';

// A file with thousands of bad rows would make a table nobody reads; the first ones show the pattern.
const shownRejectedRows = 200;

/** Translates an issue's message key (a full key such as "locations.errors.phoneInvalid"). */
export function useIssueText() {
  const t = useTranslations();
  return (issue: Pick<CsvIssue, 'messageKey' | 'params'>) =>
    t.has(issue.messageKey) ? t(issue.messageKey, issue.params) : t('locationImport.errors.invalidValue');
}

export function IssueList({ issues, tone }: { issues: CsvIssue[]; tone: 'error' | 'notice' }) {
  const issueText = useIssueText();
  if (issues.length === 0) return null;
  const classes =
    tone === 'error'
      ? 'border-red-200 bg-red-50 text-red-800'
      : 'border-amber-200 bg-amber-50 text-amber-900';
  return (
    <ul
      role={tone === 'error' ? 'alert' : undefined}
      className={`space-y-1 rounded-lg border px-3 py-2 text-sm ${classes}`}
    >
      {issues.map((issue, index) => (
        <li key={index}>{issueText(issue)}</li>
      ))}
    </ul>
  );
}

export function ImportTotals({
  totals,
  kind,
}: {
  totals: LocationImportReport['totals'];
  kind: 'preview' | 'result';
}) {
  const t = useTranslations('locationImport');
  const items =
    kind === 'preview'
      ? [
          t('totalsCreate', { count: totals.created }),
          t('totalsUpdate', { count: totals.updated }),
          t('totalsUnchanged', { count: totals.unchanged }),
          t('totalsReject', { count: totals.rejected }),
        ]
      : [
          t('resultCreated', { count: totals.created }),
          t('resultUpdated', { count: totals.updated }),
          t('resultUnchanged', { count: totals.unchanged }),
          t('resultRejected', { count: totals.rejected }),
        ];
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((item, index) => (
        <li
          key={index}
          className={`rounded-full px-3 py-1 text-sm font-semibold ${index === 3 && totals.rejected > 0 ? 'bg-red-100 text-red-800' : 'bg-slate-100 text-slate-800'}`}
        >
          {item}
        </li>
      ))}
    </ul>
  );
}

type RowIssues = { rowNumber: number; storeCode: string; issues: CsvIssue[] };

/** The issues of rows as a table: row, store code, column, issue (the first 200 rows). */
function RowIssuesTable(props: {
  id: string;
  title: string;
  intro: string;
  rows: RowIssues[];
  more: 'moreRejected' | 'moreWarned';
}) {
  const { id, title, intro, rows, more } = props;
  const t = useTranslations('locationImport');
  const issueText = useIssueText();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="font-semibold text-slate-900">
        {title}
      </h3>
      <p className="text-sm text-slate-600">{intro}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('row')}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('storeCode')}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('column')}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('problem')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.slice(0, shownRejectedRows).flatMap((row) =>
              row.issues.map((issue, index) => (
                <tr key={`${row.rowNumber}-${index}`}>
                  <td className="px-3 py-2 text-slate-900 tabular-nums">{row.rowNumber}</td>
                  <td className="px-3 py-2 font-mono text-slate-700">{row.storeCode}</td>
                  <td className="px-3 py-2 text-slate-700">{issue.field || t('wholeRow')}</td>
                  <td className="px-3 py-2 text-slate-700">{issueText(issue)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      {rows.length > shownRejectedRows && (
        <p className="text-sm text-slate-600">{t(more, { count: rows.length - shownRejectedRows })}</p>
      )}
    </section>
  );
}

export function RejectedRows({ rows }: { rows: LocationImportReport['rows'] }) {
  const t = useTranslations('locationImport');
  const rejected = rows
    .filter((row) => row.outcome === 'reject')
    .map((row) => ({ rowNumber: row.rowNumber, storeCode: row.storeCode, issues: row.errors }));
  return (
    <RowIssuesTable
      id="rejected-rows-title"
      title={t('rejectedTitle')}
      intro={t('rejectedIntro')}
      rows={rejected}
      more="moreRejected"
    />
  );
}

/** Rows that are (or would be) written, with something worth checking. */
export function WarnedRows({ rows }: { rows: LocationImportReport['rows'] }) {
  const t = useTranslations('locationImport');
  const warned = rows
    .filter((row) => row.outcome !== 'reject' && row.warnings.length > 0)
    .map((row) => ({ rowNumber: row.rowNumber, storeCode: row.storeCode, issues: row.warnings }));
  return (
    <RowIssuesTable
      id="warned-rows-title"
      title={t('warnedTitle')}
      intro={t('warnedIntro')}
      rows={warned}
      more="moreWarned"
    />
  );
}
