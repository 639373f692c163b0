import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { PublicPage } from '@/components/layout/public-page';

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('app');
  return (
    <PublicPage>
      {children}
      <p className="mt-8 text-center text-sm text-slate-600">{t('tagline')}</p>
    </PublicPage>
  );
}
