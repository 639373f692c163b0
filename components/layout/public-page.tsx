import type { ReactNode } from 'react';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';

/** The frame of pages outside an organisation: sign-in, onboarding, invitations. */
export function PublicPage({ children }: { children: ReactNode }) {
  return (
    <div className="from-brand-50 flex min-h-dvh flex-col bg-gradient-to-b to-slate-50">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-4">
        <Brand />
        <LanguageSwitcher />
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 pt-6 pb-16 sm:pt-12">
        {children}
      </main>
    </div>
  );
}
