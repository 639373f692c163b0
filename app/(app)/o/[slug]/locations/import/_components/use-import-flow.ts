'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { LocationImportReport } from '@/lib/locations/csv/import-locations';
import { maxCsvBytes } from '@/lib/locations/csv/limits';
import { uploadCsv } from './upload-csv';

export type ImportStep =
  | { name: 'choose'; message?: string }
  | { name: 'sending'; purpose: 'preview' | 'apply'; fraction: number | null }
  | { name: 'preview'; report: LocationImportReport }
  | { name: 'result'; report: LocationImportReport };

/**
 * The import's state: the chosen file, "all or nothing", and the step it is at. send uploads the
 * file for the preview or the import and moves on to the step its answer leads to.
 */
export function useImportFlow(slug: string) {
  const t = useTranslations('locationImport');
  const [file, setFile] = useState<File | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [step, setStep] = useState<ImportStep>({ name: 'choose' });
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

  /** A new file starts over at the choice. */
  function choose(chosen: File | null) {
    setFile(chosen);
    setStep({ name: 'choose' });
  }

  return { file, choose, allOrNothing, setAllOrNothing, step, send };
}
