import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PublicPage } from '@/components/layout/public-page';
import { requireUser } from '@/lib/auth/current-user';
import { listOrganisationsOf } from '@/lib/organisations/organisations';
import { CreateOrganisationForm } from './create-organisation-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('onboarding'))('title') };
}

export default async function NewOrganisationPage() {
  const user = await requireUser();
  const organisations = await listOrganisationsOf(user);
  const t = await getTranslations('onboarding');
  const tNav = await getTranslations('nav');
  return (
    <PublicPage>
      <section className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-2 text-slate-600">{t('intro')}</p>
        <div className="mt-6">
          <CreateOrganisationForm />
        </div>
      </section>
      {organisations.length > 0 && (
        <ul className="mt-6 space-y-2">
          {organisations.map((organisation) => (
            <li key={organisation.slug}>
              <Link href={`/o/${organisation.slug}`} className="text-brand-700 font-medium hover:underline">
                {organisation.name} →
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm">
        <Link href="/account" className="text-slate-700 hover:underline">
          {tNav('account')}
        </Link>
      </p>
    </PublicPage>
  );
}
