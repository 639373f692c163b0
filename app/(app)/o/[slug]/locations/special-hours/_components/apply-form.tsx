'use client';

import { useTranslations } from 'next-intl';
import { useFormStatus } from 'react-dom';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

/**
 * "Übernehmen" for a previewed choice: the choice travels as hidden fields and is validated again
 * on the server. While the one transaction runs, a progress bar says how many locations change.
 */
export function ApplyForm({
  action,
  fields,
  count,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: [string, string][];
  count: number;
}) {
  const t = useTranslations('holidayHours');
  const [state, formAction, formKey] = useFormAction(action);
  return (
    <form action={formAction} key={formKey} className="space-y-3">
      {fields.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t('applying')}>{t('apply', { count })}</SubmitButton>
      <ApplyProgress count={count} />
    </form>
  );
}

function ApplyProgress({ count }: { count: number }) {
  const t = useTranslations('holidayHours');
  const { pending } = useFormStatus();
  return (
    <div aria-live="polite" className="min-h-6">
      {pending && (
        <div className="max-w-xl space-y-2">
          <progress className="accent-brand-600 h-2 w-full" aria-label={t('applying')} />
          <p className="text-sm text-slate-700">{t('applyingProgress', { count })}</p>
        </div>
      )}
    </div>
  );
}
