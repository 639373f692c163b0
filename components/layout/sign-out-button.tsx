'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function SignOutButton({ className = '' }: { className?: string }) {
  const t = useTranslations('nav');
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/sign-in' })}
      className={`min-h-11 rounded-lg px-3 text-left text-sm font-medium text-slate-700 hover:bg-slate-100 ${className}`}
    >
      {t('signOut')}
    </button>
  );
}
