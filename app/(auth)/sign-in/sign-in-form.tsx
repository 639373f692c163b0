'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { applySavedLocale } from '@/app/_actions/apply-saved-locale';
import { Button } from '@/components/ui/button';
import { RequiredFieldsNote } from '@/components/ui/field-label';
import { PasswordField } from '@/components/auth/password-field';
import { TextField } from '@/components/ui/text-field';
import { focusFirstProblem } from '@/lib/forms/focus-first-problem';

type Provider = { id: string; name: string };

export function SignInForm({
  callbackPath,
  providers,
  initialError,
}: {
  callbackPath: string;
  providers: Provider[];
  initialError?: string;
}) {
  const t = useTranslations('auth');
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const [error, setError] = useState(initialError);
  // Counts refusals, so a second refusal with the same text moves focus to it again.
  const [refusals, setRefusals] = useState(0);
  // React empties the form after each submit; a refused sign-in keeps the address typed.
  const [email, setEmail] = useState('');
  const [pending, startTransition] = useTransition();
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusals > 0 && errorRef.current) focusFirstProblem(errorRef.current);
  }, [refusals]);

  function submit(formData: FormData) {
    setEmail(String(formData.get('email') ?? ''));
    startTransition(async () => {
      const result = await signIn('credentials', {
        email: String(formData.get('email') ?? ''),
        password: String(formData.get('password') ?? ''),
        redirect: false,
      });
      // next-auth answers HTTP 200 with an `error` for refused credentials.
      if (!result || result.error) {
        const code = result?.error === 'tooManyAttempts' ? 'tooManyAttempts' : 'invalidCredentials';
        setError(tErrors(code));
        setRefusals((count) => count + 1);
        return;
      }
      await applySavedLocale();
      router.replace(callbackPath);
      router.refresh();
    });
  }

  return (
    <div className="space-y-6">
      <form action={submit} className="space-y-4" noValidate>
        <div ref={errorRef} tabIndex={-1} aria-live="polite" role="alert" className="rounded-lg">
          {error && (
            <p className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
              {error}
            </p>
          )}
        </div>
        <RequiredFieldsNote />
        <TextField
          name="email"
          type="email"
          label={t('email')}
          autoComplete="email"
          required
          defaultValue={email}
        />
        <PasswordField name="password" label={t('password')} autoComplete="current-password" />
        <div className="flex justify-end">
          <Link href="/forgot-password" className="text-brand-700 text-sm font-medium hover:underline">
            {t('forgotPassword')}
          </Link>
        </div>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t('signingIn') : t('signIn')}
        </Button>
      </form>
      {providers.length > 0 && <OtherProviders providers={providers} callbackPath={callbackPath} />}
    </div>
  );
}

/** Sign-in with the configured identity providers (single sign-on), below the form. */
function OtherProviders({ providers, callbackPath }: { providers: Provider[]; callbackPath: string }) {
  const t = useTranslations('auth');
  return (
    <div>
      <p className="relative text-center text-sm text-slate-600">
        <span className="bg-white px-2">{t('orContinueWith')}</span>
      </p>
      <div className="mt-3 grid gap-2">
        {providers.map((provider) => (
          <Button
            key={provider.id}
            variant="secondary"
            onClick={() => signIn(provider.id, { callbackUrl: callbackPath })}
          >
            {t('continueWith', { provider: provider.name })}
          </Button>
        ))}
      </div>
    </div>
  );
}
