import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/generated/prisma/enums';

type OrganisationLink = { slug: string; name: string; role: Role };

/** A disclosure listing the user's organisations; plain links, no JavaScript needed. */
export async function OrganisationSwitcher({
  current,
  organisations,
}: {
  current: OrganisationLink;
  organisations: OrganisationLink[];
}) {
  const t = await getTranslations('organisationSwitcher');
  const tRoles = await getTranslations('roles');
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-left hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <span className="min-w-0">
          <span className="sr-only">{t('current')}: </span>
          <span className="block truncate text-sm font-semibold text-slate-900">{current.name}</span>
          <span className="block text-xs text-slate-600">{tRoles(current.role)}</span>
        </span>
        <span aria-hidden="true" className="text-slate-500 group-open:rotate-180">
          ▾
        </span>
        <span className="sr-only">{t('label')}</span>
      </summary>
      <ul className="absolute z-20 mt-1 w-full rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
        {organisations.map((organisation) => (
          <li key={organisation.slug}>
            <Link
              href={`/o/${organisation.slug}`}
              prefetch={false}
              aria-current={organisation.slug === current.slug ? 'true' : undefined}
              className="block rounded-md px-3 py-2 text-sm text-slate-800 hover:bg-slate-100 aria-[current=true]:font-semibold"
            >
              {organisation.name}
            </Link>
          </li>
        ))}
        <li className="mt-1 border-t border-slate-100 pt-1">
          <Link
            href="/organisations/new"
            prefetch={false}
            className="text-brand-700 hover:bg-brand-50 block rounded-md px-3 py-2 text-sm font-medium"
          >
            + {t('create')}
          </Link>
        </li>
      </ul>
    </details>
  );
}
