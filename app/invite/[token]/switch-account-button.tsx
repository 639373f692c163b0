'use client';

import type { ReactNode } from 'react';
import { buttonClasses, type ButtonVariant } from '@/components/ui/button';

/**
 * Signs the current account out (its session revoked on the server), then opens `to`, e.g. the
 * sign-in page with the way back to the invitation. next-auth's client loads on click only.
 */
export function SwitchAccountButton({
  to,
  variant,
  children,
}: {
  to: string;
  variant?: ButtonVariant;
  children: ReactNode;
}) {
  async function switchAccount() {
    const { signOut } = await import('next-auth/react');
    await signOut({ callbackUrl: to });
  }
  return (
    <button type="button" onClick={() => void switchAccount()} className={buttonClasses(variant)}>
      {children}
    </button>
  );
}
