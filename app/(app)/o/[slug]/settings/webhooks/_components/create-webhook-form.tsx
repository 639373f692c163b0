'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { ChoiceErrors, ChoiceOption } from '@/components/ui/choice-option';
import { FormMessage } from '@/components/ui/form-message';
import { SecretField } from '@/components/ui/secret-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { webhookEventTypes, webhookFormats } from '@/lib/webhooks/events';

/**
 * URL, description, the format (signed JSON or a chat's message) and the events as checkboxes;
 * the answer shows the new secret once (signed endpoints only).
 */
export function CreateWebhookForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations('webhooks');
  const [state, formAction] = useActionState(action, initialFormState);
  const secret = state.status === 'success' ? state.result?.secret : undefined;
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <RequiredFieldsNote />
      <TextField
        name="url"
        type="url"
        inputMode="url"
        label={t('url')}
        hint={t('urlHint')}
        autoComplete="off"
        required
        maxLength={2000}
        defaultValue={values?.url}
        errors={state.fieldErrors?.url}
        className="max-w-xl"
      />
      <TextField
        name="description"
        label={t('description')}
        hint={t('descriptionHint')}
        autoComplete="off"
        maxLength={200}
        defaultValue={values?.description}
        errors={state.fieldErrors?.description}
        className="max-w-xl"
      />
      <FormatFieldset selected={values?.format} errors={state.fieldErrors?.format} />
      <EventsFieldset errors={state.fieldErrors?.events} />
      <FormMessage state={state} />
      {secret && (
        <SecretField
          id="new-webhook-secret"
          label={t('secretLabel')}
          value={secret}
          copyLabel={t('copy')}
          copiedLabel={t('copied')}
        />
      )}
      <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
    </form>
  );
}

/** Signed JSON or one of the chats, each with a hint; chat messages are not signed. */
function FormatFieldset({ selected, errors }: { selected?: string; errors?: string[] }) {
  const t = useTranslations('webhooks');
  return (
    <fieldset aria-describedby="webhook-format-hint webhook-format-unsigned">
      <legend className="text-sm font-medium text-slate-900">{t('formatLegend')}</legend>
      <p id="webhook-format-hint" className="mt-1 text-sm text-slate-600">
        {t('formatHint')}
      </p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {webhookFormats.map((format) => {
          const id = `webhook-format-${format}`;
          return (
            <ChoiceOption
              key={format}
              id={id}
              type="radio"
              name="format"
              value={format}
              defaultChecked={(selected ?? 'standard') === format}
              label={t(`format.${format}.label`)}
              hint={t(`format.${format}.hint`)}
            />
          );
        })}
      </div>
      <p id="webhook-format-unsigned" className="mt-2 text-sm text-slate-600">
        {t('chatUnsigned')}
      </p>
      <ChoiceErrors errors={errors} />
    </fieldset>
  );
}

function EventsFieldset({ errors }: { errors?: string[] }) {
  const t = useTranslations('webhooks');
  return (
    <fieldset aria-describedby="webhook-events-hint">
      <legend className="text-sm font-medium text-slate-900">{t('eventsLegend')}</legend>
      <p id="webhook-events-hint" className="mt-1 text-sm text-slate-600">
        {t('eventsHint')}
      </p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {webhookEventTypes.map((event) => {
          const id = `webhook-event-${event}`;
          return (
            <ChoiceOption
              key={event}
              id={id}
              type="checkbox"
              name="events"
              value={event}
              label={t(`event.${event}`)}
              hint={<code className="font-mono text-xs break-all">{event}</code>}
            />
          );
        })}
      </div>
      <ChoiceErrors errors={errors} />
    </fieldset>
  );
}
