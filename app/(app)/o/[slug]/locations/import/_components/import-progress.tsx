'use client';

import { useTranslations } from 'next-intl';

/** Upload progress as a bar with a percentage, then an indeterminate bar while the server works. */
export function ImportProgress({ fraction, busyLabel }: { fraction: number | null; busyLabel: string }) {
  const t = useTranslations('locationImport');
  const percent = fraction === null ? null : Math.round(fraction * 100);
  const label = percent === null ? busyLabel : t('uploading', { percent });
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <p className="text-sm font-medium text-slate-800">{label}</p>
      {percent === null ? (
        <progress aria-label={label} className="accent-brand-600 h-2 w-full" />
      ) : (
        <progress aria-label={label} max={100} value={percent} className="accent-brand-600 h-2 w-full" />
      )}
    </div>
  );
}
