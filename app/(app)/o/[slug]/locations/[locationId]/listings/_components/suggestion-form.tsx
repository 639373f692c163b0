'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/forms/form-state';

type Props = {
  source: 'OPENSTREETMAP' | 'GOOGLE';
  /** "Vorschlag: Status „…“ (weil …)"; null when the observation suggests nothing (any more). */
  suggestion: string | null;
  why: string;
  acceptLabel: string;
  /** For those who may edit the checklist; others see the suggestion only. */
  action?: (previous: FormState, formData: FormData) => Promise<FormState>;
};

const noAction = async (): Promise<FormState> => initialFormState;

/**
 * A status an observation suggests for an item someone set by hand, and "Vorschlag übernehmen".
 * Rendered whether or not there is a suggestion, so the confirmation stays (and keeps focus) after
 * the page is rebuilt without the suggestion it accepted.
 */
export function SuggestionForm({ source, suggestion, why, acceptLabel, action }: Props) {
  const [state, formAction] = useActionState(action ?? noAction, initialFormState);
  if (!suggestion && state.status === 'idle') return null;
  return (
    <div className="space-y-2">
      {suggestion && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          <p className="font-medium text-slate-900">{suggestion}</p>
          <p className="text-slate-700">{why}</p>
          {action && (
            <form action={formAction} className="mt-2">
              <input type="hidden" name="source" value={source} />
              <SubmitButton variant="secondary">{acceptLabel}</SubmitButton>
            </form>
          )}
        </div>
      )}
      <FormMessage state={state} focusOnSuccess />
    </div>
  );
}
