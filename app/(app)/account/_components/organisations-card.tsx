import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { listOrganisationsOf } from '@/lib/organisations/organisations';

type Props = { organisations: Awaited<ReturnType<typeof listOrganisationsOf>> };

/** The organisations the person belongs to, with their role in each, and the way to found another. */
export async function OrganisationsCard({ organisations }: Props) {
  const t = await getTranslations('account');
  const tRoles = await getTranslations('roles');
  const tOnboarding = await getTranslations('organisationSwitcher');
  return (
    <Card title={t('organisations')}>
      <ul className="space-y-2">
        {organisations.map((organisation) => (
          <li key={organisation.slug} className="flex justify-between gap-3">
            <Link href={`/o/${organisation.slug}`} className="text-brand-700 font-medium hover:underline">
              {organisation.name}
            </Link>
            <span className="text-sm text-slate-600">{tRoles(organisation.role)}</span>
          </li>
        ))}
      </ul>
      <Link
        href="/organisations/new"
        className="text-brand-700 mt-4 inline-block text-sm font-semibold hover:underline"
      >
        + {tOnboarding('create')}
      </Link>
    </Card>
  );
}
