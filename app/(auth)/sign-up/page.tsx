import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { safeCallbackPath } from '@/lib/auth/safe-callback';
import { AuthCard } from '../_components/auth-card';
import { SignUpForm } from './sign-up-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signUpTitle') };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  const t = await getTranslations('auth');
  const callbackPath = safeCallbackPath(callbackUrl, '/organisations/new');
  return (
    <AuthCard title={t('signUpTitle')} intro={t('signUpIntro')}>
      <SignUpForm callbackPath={callbackPath} />
      <p className="mt-6 text-center text-sm text-slate-700">
        {t('haveAccount')}{' '}
        <Link
          className="text-brand-700 font-semibold underline-offset-2 hover:underline"
          href={`/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : ''}`}
        >
          {t('signIn')}
        </Link>
      </p>
    </AuthCard>
  );
}
