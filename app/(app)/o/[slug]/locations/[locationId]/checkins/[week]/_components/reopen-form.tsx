'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/forms/form-state';

/** "Wieder öffnen" for managers: a plain form post, also without JavaScript. */
export function ReopenForm({
  action,
  label,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <SubmitButton variant="secondary">{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
