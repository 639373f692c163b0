import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Brand } from '@/components/layout/brand';
import { LanguageSwitcher } from '@/components/layout/language-switcher';

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('app');
  return (
    <div className="from-brand-50 flex min-h-dvh flex-col bg-gradient-to-b to-slate-50">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-4">
        <Brand />
        <LanguageSwitcher />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:pt-12">
        <div className="w-full max-w-md">
          {children}
          <p className="mt-8 text-center text-sm text-slate-600">{t('tagline')}</p>
        </div>
      </main>
    </div>
  );
}
