'use client';

import { useTranslations } from 'next-intl';
import type { CsvIssue, LocationImportReport } from '@/lib/locations/csv/import-locations';

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
