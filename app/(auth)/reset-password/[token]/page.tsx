import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { isResetLinkValid } from '@/lib/auth/password-reset';
import { AuthCard } from '../../_components/auth-card';
import { ResetPasswordForm } from './reset-password-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('resetTitle') };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('auth');
  const tErrors = await getTranslations('errors');
  const valid = token.length <= 200 && (await isResetLinkValid(token));
  return (
    <AuthCard title={t('resetTitle')} intro={valid ? t('resetIntro') : undefined}>
      {valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800"
        >
          {tErrors('RESET_LINK_INVALID')}
        </p>
      )}
      <p className="mt-6 text-center text-sm">
        <Link
          href={valid ? '/sign-in' : '/forgot-password'}
          className="text-brand-700 font-semibold hover:underline"
        >
          {valid ? t('backToSignIn') : t('forgotTitle')}
        </Link>
      </p>
    </AuthCard>
  );
}
