'use client';

import { useActionState } from 'react';
import { initialFormState, type FormState } from './form-state';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * useActionState plus a key for the form. React resets a form after its action; inputs then
 * fall back to their (updated) defaultValue, but a <select> falls back to its first default.
 * Remounting the form after each submission makes every field start from the echoed values.
 */
export function useFormAction(action: Action) {
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    return { ...result, submission: (previous.submission ?? 0) + 1 };
  }, initialFormState);
  return [state, formAction, `submission-${state.submission ?? 0}`] as const;
}
