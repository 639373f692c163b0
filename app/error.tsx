'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-bold">{t('errorTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('errorText')}</p>
      <div className="mt-6 flex gap-3">
        <Button onClick={reset}>{t('tryAgain')}</Button>
        <Link
          href="/"
          className="text-brand-700 inline-flex min-h-11 items-center px-4 text-sm font-semibold hover:underline"
        >
          {t('toStart')}
        </Link>
      </div>
    </main>
  );
}
