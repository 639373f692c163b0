'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type {
  CsvIssue,
  FieldChange,
  ImportOutcome,
  ImportRowResult,
  ImportRowValues,
} from '@/lib/locations/csv/import-locations';
import { useIssueText } from './import-report-view';
import { rowsPerPage, useRowPages, type RowFilter } from './use-row-pages';

// Every row of the file as it will be stored (or why not), 50 at a time, filtered by outcome
// (use-row-pages.ts). A table where it fits (xl, beside the sidebar), a list of cards below: no
// row is cut off or scrolls sideways on a phone.

export function ImportRows({ rows, intro }: { rows: ImportRowResult[]; intro: string }) {
  const t = useTranslations('locationImport.rows');
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const pages = useRowPages(rows, sectionRef);
  if (rows.length === 0) return null;
  const { shown, current, pageRows, pageCount } = pages;

  return (
    <section
      ref={sectionRef}
      aria-labelledby={titleId}
      className="min-w-0 scroll-mt-20 space-y-3 lg:scroll-mt-4"
    >
      <h3 id={titleId} className="font-semibold text-slate-900">
        {t('title')}
      </h3>
      <p className="text-sm text-slate-600">{intro}</p>
      <RowFilters
        filters={pages.filters}
        chosen={pages.filter}
        counts={pages.counts}
        onChoose={pages.chooseFilter}
      />
      <p aria-live="polite" className="text-sm font-medium text-slate-700">
        {shown.length === 0
          ? t('noRows')
          : t(pageRows.length === 1 ? 'rangeSingle' : 'range', {
              from: current * rowsPerPage + 1,
              to: current * rowsPerPage + pageRows.length,
              total: shown.length,
            })}
      </p>
      {pageRows.length > 0 && (
        <>
          <RowsTable rows={pageRows} />
          <RowCards rows={pageRows} />
        </>
      )}
      {pageCount > 1 && <RowsPager current={current} pageCount={pageCount} turnTo={pages.turnTo} />}
    </section>
  );
}

/** One toggle button per outcome that has rows, with its count. */
function RowFilters({
  filters,
  chosen,
  counts,
  onChoose,
}: {
  filters: readonly RowFilter[];
  chosen: RowFilter;
  counts: Record<RowFilter, number>;
  onChoose: (filter: RowFilter) => void;
}) {
  const t = useTranslations('locationImport.rows');
  return (
    <div role="group" aria-label={t('filterLabel')} className="flex flex-wrap gap-2">
      {filters.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={chosen === option}
          onClick={() => onChoose(option)}
          className="aria-pressed:bg-brand-700 aria-pressed:border-brand-700 min-h-11 rounded-full border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50 aria-pressed:text-white"
        >
          {t(`filter.${option}`, { count: counts[option] })}
        </button>
      ))}
    </div>
  );
}

/** Previous / "page x of y" / next below the rows. */
function RowsPager({
  current,
  pageCount,
  turnTo,
}: {
  current: number;
  pageCount: number;
  turnTo: (page: number) => void;
}) {
  const t = useTranslations('locationImport.rows');
  return (
    <nav
      aria-label={t('pagerLabel')}
      className="grid grid-cols-2 gap-2 sm:flex sm:items-center sm:justify-between sm:gap-4"
    >
      <PagerButton disabled={current === 0} onClick={() => turnTo(current - 1)}>
        <span aria-hidden="true" className="hidden sm:inline">
          ←
        </span>
        {t('previousPage')}
      </PagerButton>
      {/* On a phone above both buttons, which then share a line; between them from sm. */}
      <p className="col-span-2 row-start-1 text-center text-sm text-slate-700">
        {t('pageOf', { page: current + 1, pageCount })}
      </p>
      <PagerButton disabled={current === pageCount - 1} onClick={() => turnTo(current + 1)}>
        {t('nextPage')}
        <span aria-hidden="true" className="hidden sm:inline">
          →
        </span>
      </PagerButton>
    </nav>
  );
}

/** aria-disabled instead of disabled, so the button keeps focus on the first or last page. */
function PagerButton({
  disabled,
  onClick,
  children,
}: {
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button
      variant="secondary"
      aria-disabled={disabled}
      onClick={disabled ? undefined : onClick}
      className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:bg-white max-sm:px-2"
    >
      {children}
    </Button>
  );
}

const cellClass = 'px-3 py-2 align-top';

function RowsTable({ rows }: { rows: ImportRowResult[] }) {
  const t = useTranslations('locationImport.rows');
  const header = (key: string, className = '') => (
    <th scope="col" className={`px-3 py-2 font-semibold ${className}`}>
      {t(`columns.${key}`)}
    </th>
  );
  return (
    <div className="hidden rounded-lg border border-slate-200 xl:block">
      <table className="w-full table-fixed text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {header('row', 'w-14')}
            {header('storeCode', 'w-24')}
            {header('location')}
            {header('contact')}
            {header('hours', 'w-36')}
            {header('outcome', 'w-56')}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.rowNumber}>
              <td className={`${cellClass} text-slate-900 tabular-nums`}>{row.rowNumber}</td>
              <td className={`${cellClass} font-mono break-all text-slate-800`}>{row.storeCode}</td>
              <td className={`${cellClass} wrap-anywhere`}>
                {row.values ? <NameAndAddress values={row.values} /> : <NotImported />}
              </td>
              <td className={`${cellClass} wrap-anywhere`}>
                {row.values && <Contact values={row.values} />}
              </td>
              <td className={cellClass}>{row.values && <HoursSummary runs={row.values.openingHours} />}</td>
              <td className={`${cellClass} space-y-2 wrap-anywhere`}>
                <OutcomeBadge outcome={row.outcome} />
                {hasDetails(row) && <RowDetails row={row} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowCards({ rows }: { rows: ImportRowResult[] }) {
  const t = useTranslations('locationImport.rows');
  return (
    <ul className="grid gap-3 md:grid-cols-2 xl:hidden">
      {rows.map((row) => (
        <li key={row.rowNumber} className="min-w-0 rounded-lg border border-slate-200 p-3 text-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="min-w-0">
              <span className="font-mono font-semibold break-all text-slate-900">{row.storeCode}</span>{' '}
              <span className="text-slate-600">{t('rowNumber', { row: row.rowNumber })}</span>
            </p>
            <OutcomeBadge outcome={row.outcome} />
          </div>
          {row.values && (
            <dl className="mt-2 grid grid-cols-[minmax(0,6.5rem)_minmax(0,1fr)] gap-x-3 gap-y-1">
              <CardLine label={t('labels.name')}>{row.values.name}</CardLine>
              <CardLine label={t('labels.address')}>
                <Address values={row.values} />
              </CardLine>
              {row.values.phone && <CardLine label={t('labels.phone')}>{row.values.phone}</CardLine>}
              {row.values.website && <CardLine label={t('labels.website')}>{row.values.website}</CardLine>}
              <CardLine label={t('labels.hours')}>
                <HoursSummary runs={row.values.openingHours} />
              </CardLine>
            </dl>
          )}
          {hasDetails(row) && (
            <div className="mt-2 border-t border-slate-100 pt-2 wrap-anywhere">
              <RowDetails row={row} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function CardLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd className="min-w-0 wrap-anywhere text-slate-900">{children}</dd>
    </>
  );
}

function NotImported() {
  const t = useTranslations('locationImport.rows');
  return <span className="text-slate-600 italic">{t('notImported')}</span>;
}

function Address({ values }: { values: ImportRowValues }) {
  return (
    <>
      <span className="block">{values.street}</span>
      {values.addressExtra && <span className="block">{values.addressExtra}</span>}
      <span className="block">
        {values.postalCode} {values.city}
        {values.countryCode !== 'DE' && ` (${values.countryCode})`}
      </span>
    </>
  );
}

function NameAndAddress({ values }: { values: ImportRowValues }) {
  return (
    <>
      <span className="block font-semibold text-slate-900">{values.name}</span>
      <span className="block text-slate-700">
        <Address values={values} />
      </span>
    </>
  );
}

function Contact({ values }: { values: ImportRowValues }) {
  return (
    <>
      {values.phone && <span className="block text-slate-900">{values.phone}</span>}
      {values.website && <span className="block text-slate-700">{values.website}</span>}
    </>
  );
}

/** "06:30-13:00,14:00-18:00" as people read it: "06:30–13:00, 14:00–18:00". */
const readableRanges = (ranges: string) => ranges.replaceAll('-', '–').replaceAll(',', ', ');

function HoursSummary({ runs }: { runs: ImportRowValues['openingHours'] }) {
  const t = useTranslations('locationImport.rows');
  if (runs.length === 0) return <span className="text-slate-600">{t('noHours')}</span>;
  return (
    <ul>
      {runs.map(([first, last, ranges]) => (
        <li key={first}>
          <span className="font-medium">
            {t(`days.${first}`)}
            {last !== first && `–${t(`days.${last}`)}`}
          </span>{' '}
          {readableRanges(ranges)}
        </li>
      ))}
    </ul>
  );
}

const badgeStyles: Record<ImportOutcome, { className: string; icon: string }> = {
  create: { className: 'border-emerald-300 bg-emerald-50 text-emerald-900', icon: '+' },
  update: { className: 'border-sky-300 bg-sky-50 text-sky-900', icon: '✎' },
  unchanged: { className: 'border-slate-300 bg-slate-50 text-slate-800', icon: '=' },
  reject: { className: 'border-red-300 bg-red-50 text-red-900', icon: '×' },
};

/** The outcome in words (colour and sign only repeat it). */
function OutcomeBadge({ outcome }: { outcome: ImportOutcome }) {
  const t = useTranslations('locationImport.rows');
  const { className, icon } = badgeStyles[outcome];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${className}`}
    >
      <span aria-hidden="true">{icon}</span>
      {t(`outcome.${outcome}`)}
    </span>
  );
}

const hasDetails = (row: ImportRowResult) =>
  Boolean(row.changes?.length) || row.errors.length > 0 || row.warnings.length > 0;

/** What the outcome means: the changes of an update, the errors of a rejected row, notes. */
function RowDetails({ row }: { row: ImportRowResult }) {
  return (
    <div className="space-y-2">
      {row.changes && row.changes.length > 0 && <ChangeList changes={row.changes} />}
      <Issues issues={row.errors} tone="error" />
      <Issues issues={row.warnings} tone="warning" />
    </div>
  );
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  const t = useTranslations('locationImport.rows');
  const shown = (change: FieldChange, text: string) => {
    if (text !== '') return change.field.startsWith('openingHours.') ? readableRanges(text) : text;
    return change.field.startsWith('openingHours.') ? t('closed') : t('emptyValue');
  };
  return (
    <div>
      <p className="sr-only">{t('changes')}</p>
      <ul className="space-y-1">
        {changes.map((change) => (
          <li key={change.field}>
            <span className="font-medium text-slate-900">{t(`fields.${change.field}`)}:</span>{' '}
            <span className={`text-slate-600 line-through ${change.from === '' ? 'italic' : ''}`}>
              {shown(change, change.from)}
            </span>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> {t('becomes')} </span>
            <span className={`font-medium text-slate-900 ${change.to === '' ? 'italic' : ''}`}>
              {shown(change, change.to)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Issues({ issues, tone }: { issues: CsvIssue[]; tone: 'error' | 'warning' }) {
  const t = useTranslations('locationImport');
  const issueText = useIssueText();
  if (issues.length === 0) return null;
  return (
    <ul className={`space-y-1 ${tone === 'error' ? 'text-red-800' : 'text-amber-900'}`}>
      {issues.map((issue, index) => (
        <li key={index}>
          <span className="font-semibold">
            {tone === 'error' ? issue.field || t('wholeRow') : t('rows.warning')}:
          </span>{' '}
          {issueText(issue)}
        </li>
      ))}
    </ul>
  );
}
