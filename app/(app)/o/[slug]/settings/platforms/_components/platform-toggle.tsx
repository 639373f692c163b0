'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { initialFormState, type FormState } from '@/lib/forms/form-state';

/** An on/off switch for one platform; it submits the opposite of its current state. */
export function PlatformToggle({
  action,
  platformId,
  enabled,
  label,
  onText,
  offText,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  platformId: string;
  enabled: boolean;
  /** The accessible name, e.g. "Use Facebook"; the state is aria-checked. */
  label: string;
  onText: string;
  offText: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // While saving, the switch already shows where it is going.
  const shown = pending ? !enabled : enabled;
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="platformId" value={platformId} />
      <input type="hidden" name="enabled" value={String(!enabled)} />
      <button
        type="submit"
        role="switch"
        aria-checked={shown}
        aria-label={label}
        disabled={pending}
        className="group focus-visible:ring-brand-300 inline-flex min-h-11 items-center gap-2 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:ring-2 focus-visible:outline-none disabled:cursor-wait"
      >
        <span
          aria-hidden="true"
          className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors ${shown ? 'bg-brand-600' : 'bg-slate-300'}`}
        >
          <span
            className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${shown ? 'translate-x-5.5' : 'translate-x-0.5'}`}
          />
        </span>
        <span aria-hidden="true" className="w-8 text-left">
          {shown ? onText : offText}
        </span>
      </button>
      {state.status === 'error' && <FormMessage state={state} />}
    </form>
  );
}
