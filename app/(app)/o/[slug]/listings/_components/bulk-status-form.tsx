'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/forms/form-state';

/**
 * Wraps the matrix table: the row checkboxes (named target:…) and the "select all on this page"
 * checkbox (data-select-all) live in the table; this form counts them, keeps the select-all box
 * in step, and sends the chosen status for the checked rows.
 */
export function BulkStatusForm({
  action,
  statusOptions,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  statusOptions: { value: string; label: string }[];
  children: ReactNode;
}) {
  const t = useTranslations('listings.matrix');
  const [state, formAction] = useActionState(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const [selected, setSelected] = useState(0);

  const sync = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name^="target:"]')];
    const checked = boxes.filter((box) => box.checked).length;
    const all = form.querySelector<HTMLInputElement>('input[data-select-all]');
    if (all) {
      all.checked = boxes.length > 0 && checked === boxes.length;
      all.indeterminate = checked > 0 && checked < boxes.length;
    }
    setSelected(checked);
  }, []);

  // After a submit React empties the form and the page shows the new statuses: count again.
  useEffect(sync, [state, sync]);

  // Nothing selected, too many, a bad status: say which, not just "check the marked fields".
  // Memoised: the message moves focus to itself whenever it gets a new state.
  const shownState = useMemo(() => {
    const fieldMessages = [...(state.fieldErrors?.targets ?? []), ...(state.fieldErrors?.status ?? [])];
    return fieldMessages.length > 0 ? { ...state, message: fieldMessages.join(' ') } : state;
  }, [state]);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onChange={(event) => {
        const target: EventTarget = event.target;
        if (target instanceof HTMLInputElement && target.dataset.selectAll !== undefined) {
          for (const box of formRef.current?.querySelectorAll<HTMLInputElement>('input[name^="target:"]') ??
            [])
            box.checked = target.checked;
        }
        sync();
      }}
      onReset={() => setTimeout(sync)}
    >
      <div className="mb-3 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-slate-50 p-3">
        <p className="min-h-11 content-center text-sm font-medium text-slate-800" aria-live="polite">
          {t('selected', { count: selected })}
        </p>
        <SelectField
          name="status"
          id="bulk-status"
          label={t('bulkStatus')}
          options={statusOptions}
          className="min-w-56"
        />
        <SubmitButton pendingLabel={t('bulkPending')}>{t('bulkSubmit')}</SubmitButton>
        <div className="basis-full">
          <FormMessage state={shownState} />
        </div>
      </div>
      {children}
    </form>
  );
}
