'use client';

import { useActionState, type ReactNode } from 'react';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { FormMessage } from './form-message';

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  /** Asked before submitting (e.g. before removing someone). */
  confirmMessage?: string;
  /** Hide the success message (for actions whose effect is visible anyway). */
  quietOnSuccess?: boolean;
};

/** A small form around one server action, showing its message next to it. */
export function ActionForm({ action, children, className, confirmMessage, quietOnSuccess }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      className={className}
      onSubmit={(event) => {
        if (confirmMessage && !window.confirm(confirmMessage)) event.preventDefault();
      }}
    >
      {children}
      {!(quietOnSuccess && state.status === 'success') && (
        <div className="basis-full">
          <FormMessage state={state} />
        </div>
      )}
    </form>
  );
}
