'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

/** "Rückgängig machen" for one batch; a refusal shows beside it, success on the page it leads to. */
export function UndoButton({
  action,
  label,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Names the batch for screen readers, since every row has the same button. */
  label: string;
}) {
  const t = useTranslations('holidayHours');
  const [state, formAction, formKey] = useFormAction(action);
  return (
    <form action={formAction} key={formKey} className="space-y-2">
      <SubmitButton variant="secondary" pendingLabel={t('undoing')}>
        <span aria-hidden="true">{t('undo')}</span>
        <span className="sr-only">{label}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
