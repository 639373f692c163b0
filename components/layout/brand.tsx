import Link from 'next/link';

/** The logo, leading home; not prefetched, like the menu (pages are rendered per request). */
export function Brand({ href = '/' }: { href?: string }) {
  return (
    <Link href={href} prefetch={false} className="text-brand-800 inline-flex items-center gap-2 font-bold">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="fill-brand-600 size-7">
        <path d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z" />
      </svg>
      <span className="text-lg tracking-tight">Ortsbild</span>
    </Link>
  );
}
