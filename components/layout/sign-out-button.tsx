'use client';

import { useTranslations } from 'next-intl';

/** next-auth's client (and its runtime helpers) loads on click only: every signed-in page shows this button. */
async function signOut() {
  const { signOut: nextAuthSignOut } = await import('next-auth/react');
  await nextAuthSignOut({ callbackUrl: '/sign-in' });
}

export function SignOutButton({ className = '' }: { className?: string }) {
  const t = useTranslations('nav');
  return (
    <button
      type="button"
      onClick={() => void signOut()}
      className={`min-h-11 rounded-lg px-3 text-left text-sm font-medium text-slate-700 hover:bg-slate-100 ${className}`}
    >
      {t('signOut')}
    </button>
  );
}
