'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { formatDuration } from '@/lib/format/duration';

export type WeekTotals = { minutes: number; posts: number; reviews: number };

/**
 * "Abschließen" asks first, with the week's totals, because only a manager can reopen the week.
 * A native modal dialog: the page behind it is inert, Tab and Shift+Tab cycle between its two
 * buttons (the browser alone would let focus leave for its own toolbar), Escape cancels, and
 * focus starts on "keep editing", the choice that changes nothing.
 */
export function SubmitConfirmation({
  open,
  title,
  totals,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  totals: WeekTotals;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('checkins.form.confirm');
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const figures = [
    { label: t('minutes'), value: formatDuration(totals.minutes) },
    { label: t('posts'), value: String(totals.posts) },
    { label: t('reviews'), value: String(totals.reviews) },
  ];
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="submit-confirmation-title"
      aria-describedby="submit-confirmation-totals submit-confirmation-text"
      onClose={onCancel}
      onKeyDown={(event) => {
        if (event.key !== 'Tab') return;
        const buttons = [...event.currentTarget.querySelectorAll('button')];
        const edge = event.shiftKey ? buttons[0] : buttons.at(-1);
        if (document.activeElement !== edge) return;
        event.preventDefault();
        (event.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id="submit-confirmation-title" className="text-lg font-semibold">
        {title}
      </h2>
      <dl id="submit-confirmation-totals" className="my-4 grid grid-cols-3 gap-2 text-center">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-lg bg-slate-50 px-1 py-3">
            <dt className="text-xs font-medium text-slate-600">{figure.label}</dt>
            <dd className="mt-1 text-base font-bold whitespace-nowrap tabular-nums sm:text-lg">
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
      <p id="submit-confirmation-text" className="text-sm text-slate-700">
        {t('text')}
      </p>
      <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" autoFocus onClick={onCancel}>
          {t('cancel')}
        </Button>
        <Button onClick={onConfirm}>{t('confirm')}</Button>
      </div>
    </dialog>
  );
}
