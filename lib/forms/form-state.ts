// The result every form action returns: a message for the whole form and errors per field,
// both already translated. `values` echoes what the user typed so a failed submit keeps it.
export type FormState = {
  status: 'idle' | 'error' | 'success';
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** Anything else the form shows after success, e.g. an invitation link to copy. */
  result?: Record<string, string>;
  /** Counts submissions, so a form can remount with the echoed values (see useFormAction). */
  submission?: number;
};

export const initialFormState: FormState = { status: 'idle' };
