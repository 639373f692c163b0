'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { PasswordField } from '@/components/auth/password-field';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { signUp } from '../_actions/sign-up';

export function SignUpForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await signUp(previous, formData);
    if (result.status !== 'success') return result;
    const signedIn = await signIn('credentials', {
      email: String(formData.get('email')),
      password: String(formData.get('password')),
      redirect: false,
    });
    // Should the automatic sign-in fail (e.g. throttled), the account exists: go sign in by hand.
    router.replace(
      signedIn?.error ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : callbackPath,
    );
    router.refresh();
    return result;
  }, initialFormState);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <RequiredFieldsNote />
      <TextField
        name="name"
        label={t('name')}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <PasswordField
        name="password"
        label={t('password')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingLabel={t('signingUp')} className="w-full">
        {t('signUp')}
      </SubmitButton>
    </form>
  );
}
