'use client';

import { useTranslations } from 'next-intl';
import { useId, type FormEvent } from 'react';
import { Button, ButtonLink } from '@/components/ui/button';
import type { LocationImportReport } from '@/lib/locations/csv/import-locations';
import { ImportProgress } from './import-progress';
import { ImportTotals, IssueList } from './import-report-view';
import { ImportRows } from './import-rows';
import { useImportFlow } from './use-import-flow';

/**
 * Choose a file → preview of every row as it will be stored (paged, rejected rows with their
 * errors) → import → result; the file is sent again for the import.
 */
export function LocationImportFlow({ slug }: { slug: string }) {
  const t = useTranslations('locationImport');
  const { file, choose, allOrNothing, setAllOrNothing, step, send } = useImportFlow(slug);

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file) void send('preview', file);
  }

  const busy = step.name === 'sending';
  return (
    <div className="space-y-6" aria-busy={busy}>
      <ChooseFileForm busy={busy} canCheck={file !== null} onChoose={choose} onSubmit={check} />

      {step.name === 'choose' && step.message && (
        <p
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800"
        >
          {step.message}
        </p>
      )}

      {step.name === 'sending' && (
        <ImportProgress
          fraction={step.fraction}
          busyLabel={step.purpose === 'preview' ? t('checking') : t('importing')}
        />
      )}

      {step.name === 'preview' && file && (
        <PreviewStep
          report={step.report}
          allOrNothing={allOrNothing}
          onAllOrNothingChange={setAllOrNothing}
          onImport={() => void send('apply', file)}
        />
      )}

      {step.name === 'result' && <ResultStep slug={slug} report={step.report} />}
    </div>
  );
}

/** The file input with its hint and "Prüfen". */
function ChooseFileForm({
  busy,
  canCheck,
  onChoose,
  onSubmit,
}: {
  busy: boolean;
  canCheck: boolean;
  onChoose: (file: File | null) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const t = useTranslations('locationImport');
  const inputId = useId();
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {t('fileLabel')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby={`${inputId}-hint`}
          disabled={busy}
          onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
          className="file:bg-brand-600 mt-1 block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:px-4 file:font-semibold file:text-white"
        />
        <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-600">
          {t('fileHint')}
        </p>
      </div>
      <Button type="submit" disabled={!canCheck || busy}>
        {t('check')}
      </Button>
    </form>
  );
}

/** What the import wrote (or why nothing), the file's errors and every row's outcome. */
function ResultStep({ slug, report }: { slug: string; report: LocationImportReport }) {
  const t = useTranslations('locationImport');
  return (
    <section aria-labelledby="import-result-title" className="space-y-4">
      <h2 id="import-result-title" className="text-lg font-semibold text-slate-900">
        {t('resultTitle')}
      </h2>
      <div role="status">
        {report.applied ? (
          <ImportTotals totals={report.totals} kind="result" />
        ) : (
          <p className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
            {report.fileErrors.length > 0 ? t('fileErrorsTitle') : t('resultNothingWritten')}
          </p>
        )}
      </div>
      <IssueList issues={report.fileErrors} tone="error" />
      <ImportRows
        rows={report.rows}
        intro={report.applied ? t('rows.introApplied') : t('rows.introNotApplied')}
      />
      <ButtonLink href={`/o/${slug}/locations`} variant="secondary">
        {t('backToLocations')}
      </ButtonLink>
    </section>
  );
}

function PreviewStep({
  report,
  allOrNothing,
  onAllOrNothingChange,
  onImport,
}: {
  report: LocationImportReport;
  allOrNothing: boolean;
  onAllOrNothingChange: (value: boolean) => void;
  onImport: () => void;
}) {
  const t = useTranslations('locationImport');
  const checkboxId = useId();
  const { totals } = report;
  const toWrite = totals.created + totals.updated;
  const blocked = allOrNothing && totals.rejected > 0;
  return (
    <section aria-labelledby="import-preview-title" className="space-y-4">
      <h2 id="import-preview-title" className="text-lg font-semibold text-slate-900">
        {t('previewTitle')}
      </h2>
      <IssueList issues={report.notices} tone="notice" />
      {report.fileErrors.length > 0 ? (
        <div className="space-y-2">
          <p className="font-semibold text-red-800">{t('fileErrorsTitle')}</p>
          <IssueList issues={report.fileErrors} tone="error" />
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t('previewIntro')}</p>
          <div role="status">
            <ImportTotals totals={totals} kind="preview" />
          </div>
          <ImportRows rows={report.rows} intro={t('rows.introPreview')} />
          {toWrite === 0 ? (
            <p className="text-sm font-medium text-slate-700">{t('nothingToImport')}</p>
          ) : (
            <div className="space-y-3">
              <div className="flex items-start gap-2">
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={allOrNothing}
                  onChange={(event) => onAllOrNothingChange(event.target.checked)}
                  className="accent-brand-600 mt-1 size-4"
                />
                <label htmlFor={checkboxId} className="text-sm text-slate-800">
                  {t('allOrNothing')}
                </label>
              </div>
              {blocked && <p className="text-sm font-medium text-red-800">{t('resultNothingWritten')}</p>}
              <Button onClick={onImport} disabled={blocked}>
                {t('importRows', { count: toWrite })}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
