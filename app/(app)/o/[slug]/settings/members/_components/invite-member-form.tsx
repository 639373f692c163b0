'use client';

import { useTranslations } from 'next-intl';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SecretField } from '@/components/ui/secret-field';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import type { FormState } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { roles } from '@/lib/organisations/roles';

export function InviteMemberForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations('members');
  const tAuth = useTranslations('auth');
  const tRoles = useTranslations('roles');
  const [state, formAction, formKey] = useFormAction(action);
  const link = state.result?.link;
  return (
    <form key={formKey} action={formAction} className="space-y-4" noValidate>
      <RequiredFieldsNote />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField
          name="email"
          type="email"
          label={tAuth('email')}
          autoComplete="off"
          required
          defaultValue={state.status === 'error' ? state.values?.email : undefined}
          errors={state.fieldErrors?.email}
        />
        <SelectField
          name="role"
          label={t('role')}
          defaultValue={state.values?.role ?? 'STAFF'}
          options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
          errors={state.fieldErrors?.role}
        />
      </div>
      <div>
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            name="anyoneWithLink"
            aria-describedby="anyone-with-link-hint"
            defaultChecked={state.status === 'error' && state.values?.anyoneWithLink === 'on'}
            className="accent-brand-600 size-5"
          />
          {t('anyoneWithLink')}
        </label>
        <p id="anyone-with-link-hint" className="text-sm text-slate-600">
          {t('anyoneWithLinkHint')}
        </p>
      </div>
      <FormMessage state={state} />
      {link && (
        <SecretField
          id="invitation-link"
          label={t('inviteLinkLabel')}
          value={link}
          copyLabel={t('copyLink')}
          copiedLabel={t('copied')}
        />
      )}
      <SubmitButton pendingLabel={t('inviting')}>{t('invite')}</SubmitButton>
    </form>
  );
}
