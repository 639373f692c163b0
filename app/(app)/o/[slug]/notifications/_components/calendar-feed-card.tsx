'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { SecretField } from '@/components/ui/secret-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState } from '@/lib/forms/form-state';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The member's calendar feed: create (the URL is shown once), replace or switch off. */
export function CalendarFeedCard({
  active,
  createAction,
  revokeAction,
}: {
  active: boolean;
  createAction: Action;
  revokeAction: Action;
}) {
  const t = useTranslations('notifications.calendar');
  // One form, two buttons: the outcome of either is announced in the same place.
  const [state, formAction] = useActionState(
    (previous: FormState, formData: FormData) =>
      formData.get('intent') === 'revoke'
        ? revokeAction(previous, formData)
        : createAction(previous, formData),
    initialFormState,
  );
  const url = active && state.status === 'success' ? state.result?.url : undefined;
  return (
    <Card title={t('title')}>
      <p className="text-sm text-slate-600">{t('intro')}</p>
      {!url && (
        <p className="mt-3 text-sm font-medium text-slate-800">{active ? t('active') : t('inactive')}</p>
      )}
      {url && (
        <div className="mt-4 space-y-2">
          <SecretField
            id="calendar-feed-url"
            label={t('urlLabel')}
            value={url}
            copyLabel={t('copy')}
            copiedLabel={t('copied')}
          />
          <a
            href={url.replace(/^https?:/, 'webcal:')}
            className="text-brand-800 inline-flex min-h-11 items-center text-sm font-semibold underline"
          >
            {t('subscribe')}
          </a>
        </div>
      )}
      <form
        action={formAction}
        className="mt-4 flex flex-wrap items-start gap-3"
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          const question =
            submitter?.value === 'revoke' ? t('revokeConfirm') : active ? t('regenerateConfirm') : null;
          if (question && !window.confirm(question)) event.preventDefault();
        }}
      >
        <SubmitButton name="intent" value="create" variant={active ? 'secondary' : 'primary'}>
          {active ? t('regenerate') : t('create')}
        </SubmitButton>
        {active && (
          <SubmitButton name="intent" value="revoke" variant="danger">
            {t('revoke')}
          </SubmitButton>
        )}
      </form>
      <div className="mt-3">
        <FormMessage state={state} />
      </div>
    </Card>
  );
}
