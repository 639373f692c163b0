'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { focusFirstProblem } from '@/lib/forms/focus-first-problem';

/**
 * The form-level outcome, announced to screen readers as it appears. Every new error (a new state
 * object) moves focus to the first invalid field of the form, or to this message when no field is
 * marked, so nobody is left on the submit button with the problem off-screen. With
 * `focusOnSuccess` a success takes focus too: for a form that stays on the page and is rebuilt
 * after saving (focus would otherwise fall back to the top of the page).
 */
export function FormMessage({
  state,
  focusOnSuccess = false,
}: {
  state: FormState;
  focusOnSuccess?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error' && ref.current) focusFirstProblem(ref.current);
    if (state.status === 'success' && focusOnSuccess) ref.current?.focus();
  }, [state, focusOnSuccess]);
  const tone =
    state.status === 'error'
      ? 'border-red-200 bg-red-50 text-red-800'
      : 'border-emerald-200 bg-emerald-50 text-emerald-900';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-live="polite"
      role={state.status === 'error' ? 'alert' : 'status'}
      className="rounded-lg"
    >
      {state.message && state.status !== 'idle' && (
        <p className={`rounded-lg border px-3 py-2 text-sm font-medium ${tone}`}>{state.message}</p>
      )}
    </div>
  );
}
