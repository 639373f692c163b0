'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A navigation link that marks itself as the current page (aria-current) for every user. On
 * phones the navigation sits in a disclosure; following a link closes it, as a page load would.
 * No prefetching: every page behind the menu is rendered per request, so prefetching the menu
 * cost each page view a dozen full server renders that hardly anyone follows.
 */
export function NavLink({ href, exact, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      prefetch={false}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => event.currentTarget.closest('details')?.removeAttribute('open')}
      className="aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
    >
      {children}
    </Link>
  );
}
