'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SecretField } from '@/components/ui/secret-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/forms/form-state';

/** "Secret erneuern": asks first, then shows the new secret once. */
export function RotateSecretForm({
  action,
  endpointId,
  url,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  endpointId: string;
  url: string;
}) {
  const t = useTranslations('webhooks');
  const [state, formAction] = useActionState(action, initialFormState);
  const secret = state.status === 'success' ? state.result?.secret : undefined;
  return (
    <form
      action={formAction}
      className="basis-full space-y-2"
      onSubmit={(event) => {
        if (!window.confirm(t('rotateConfirm', { url }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="endpointId" value={endpointId} />
      <SubmitButton variant="secondary">{t('rotate')}</SubmitButton>
      <FormMessage state={state} />
      {secret && (
        <SecretField
          id={`webhook-secret-${endpointId}`}
          label={t('secretLabel')}
          value={secret}
          copyLabel={t('copy')}
          copiedLabel={t('copied')}
        />
      )}
    </form>
  );
}
