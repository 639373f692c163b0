'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { Button, ButtonLink } from '@/components/ui/button';
import type { LocationImportReport } from '@/lib/locations/csv/import-locations';
import { maxCsvBytes } from '@/lib/locations/csv/limits';
import { ImportProgress } from './import-progress';
import { ImportTotals, IssueList } from './import-report-view';
import { ImportRows } from './import-rows';
import { uploadCsv } from './upload-csv';

type Step =
  | { name: 'choose'; message?: string }
  | { name: 'sending'; purpose: 'preview' | 'apply'; fraction: number | null }
  | { name: 'preview'; report: LocationImportReport }
  | { name: 'result'; report: LocationImportReport };

/**
 * Choose a file → preview of every row as it will be stored (paged, rejected rows with their
 * errors) → import → result; the file is sent again for the import.
 */
export function LocationImportFlow({ slug }: { slug: string }) {
  const t = useTranslations('locationImport');
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const base = `/o/${slug}/locations/import`;

  async function send(purpose: 'preview' | 'apply', chosen: File) {
    if (chosen.size > maxCsvBytes) {
      setStep({ name: 'choose', message: t('errors.fileTooLarge', { megabytes: maxCsvBytes / 2 ** 20 }) });
      return;
    }
    setStep({ name: 'sending', purpose, fraction: 0 });
    const url =
      purpose === 'preview' ? `${base}/preview` : `${base}/apply?allOrNothing=${allOrNothing ? 1 : 0}`;
    const answer = await uploadCsv(url, chosen, (fraction) =>
      setStep({ name: 'sending', purpose, fraction }),
    );
    if (!answer.ok) setStep({ name: 'choose', message: answer.message ?? t('requestFailed') });
    else if (purpose === 'preview') setStep({ name: 'preview', report: answer.report });
    else setStep({ name: 'result', report: answer.report });
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file) void send('preview', file);
  }

  const busy = step.name === 'sending';
  return (
    <div className="space-y-6" aria-busy={busy}>
      <form onSubmit={check} className="space-y-3">
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
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setStep({ name: 'choose' });
            }}
            className="file:bg-brand-600 mt-1 block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:px-4 file:font-semibold file:text-white"
          />
          <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-600">
            {t('fileHint')}
          </p>
        </div>
        <Button type="submit" disabled={!file || busy}>
          {t('check')}
        </Button>
      </form>

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

      {step.name === 'result' && (
        <section aria-labelledby="import-result-title" className="space-y-4">
          <h2 id="import-result-title" className="text-lg font-semibold text-slate-900">
            {t('resultTitle')}
          </h2>
          <div role="status">
            {step.report.applied ? (
              <ImportTotals totals={step.report.totals} kind="result" />
            ) : (
              <p className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
                {step.report.fileErrors.length > 0 ? t('fileErrorsTitle') : t('resultNothingWritten')}
              </p>
            )}
          </div>
          <IssueList issues={step.report.fileErrors} tone="error" />
          <ImportRows
            rows={step.report.rows}
            intro={step.report.applied ? t('rows.introApplied') : t('rows.introNotApplied')}
          />
          <ButtonLink href={`/o/${slug}/locations`} variant="secondary">
            {t('backToLocations')}
          </ButtonLink>
        </section>
      )}
    </div>
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
