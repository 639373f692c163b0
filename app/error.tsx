'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { useDatabaseOutage } from '@/lib/db/use-database-outage';

// `retry` refreshes the Server Components and then re-renders (reset alone would show the same
// server error again). During a database outage the page says so and retries by itself once the
// database is back.
export default function ErrorPage({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations('errors');
  const databaseDown = useDatabaseOutage(retry);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-bold">{t(databaseDown ? 'unavailableTitle' : 'errorTitle')}</h1>
      <p className="mt-2 text-slate-600" aria-live="polite">
        {t(databaseDown ? 'unavailableText' : 'errorText')}
      </p>
      <div className="mt-6 flex gap-3">
        <Button onClick={retry}>{t('tryAgain')}</Button>
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
