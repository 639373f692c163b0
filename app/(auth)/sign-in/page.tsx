import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { enabledOAuthProviders } from '@/lib/auth/auth-options';
import { safeCallbackPath } from '@/lib/auth/safe-callback';
import { AuthCard } from '../_components/auth-card';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const knownErrors = new Set(['OAuthEmailMissing', 'OAuthSignin', 'OAuthCallback', 'AccessDenied']);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const t = await getTranslations('auth');
  const tErrors = await getTranslations('errors');
  const tDataRights = await getTranslations('dataRights');
  const callbackPath = safeCallbackPath(params.callbackUrl);
  const providerError = typeof params.error === 'string' ? params.error : undefined;
  const notice =
    params.reset === '1'
      ? t('resetDone')
      : params.signedOut === 'everywhere'
        ? t('signedOutEverywhere')
        : params.accountDeleted === '1'
          ? tDataRights('accountDeleted')
          : undefined;
  return (
    <AuthCard title={t('signInTitle')} intro={t('signInIntro')}>
      {notice && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {notice}
        </p>
      )}
      <SignInForm
        callbackPath={callbackPath}
        providers={enabledOAuthProviders()}
        initialError={
          providerError ? tErrors(knownErrors.has(providerError) ? providerError : 'unexpected') : undefined
        }
      />
      <p className="mt-6 text-center text-sm text-slate-700">
        {t('noAccount')}{' '}
        <Link
          className="text-brand-700 font-semibold underline-offset-2 hover:underline"
          href={`/sign-up${callbackPath !== '/' ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : ''}`}
        >
          {t('signUp')}
        </Link>
      </p>
    </AuthCard>
  );
}
