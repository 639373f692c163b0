import type { FormState } from '@/lib/forms/form-state';

/** The form-level outcome, announced to screen readers as it appears. */
export function FormMessage({ state }: { state: FormState }) {
  const tone =
    state.status === 'error'
      ? 'border-red-200 bg-red-50 text-red-800'
      : 'border-emerald-200 bg-emerald-50 text-emerald-900';
  return (
    <div aria-live="polite" role={state.status === 'error' ? 'alert' : 'status'}>
      {state.message && state.status !== 'idle' && (
        <p className={`rounded-lg border px-3 py-2 text-sm font-medium ${tone}`}>{state.message}</p>
      )}
    </div>
  );
}
