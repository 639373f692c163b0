import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Brand } from '@/components/layout/brand';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { Card } from '@/components/ui/card';
import { SubmitButton } from '@/components/ui/submit-button';
import { requireUser } from '@/lib/auth/current-user';
import { listOrganisationsOf } from '@/lib/organisations/organisations';
import { signOutEverywhere } from './sign-out-everywhere';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage() {
  const user = await requireUser();
  const organisations = await listOrganisationsOf(user);
  const t = await getTranslations('account');
  const tRoles = await getTranslations('roles');
  const tOnboarding = await getTranslations('organisationSwitcher');
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3">
          <Brand />
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
        <Card title={t('profile')}>
          <p className="font-medium">{user.name}</p>
          <p className="text-slate-600">{user.email}</p>
        </Card>
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
        <Card title={t('language')}>
          <LanguageSwitcher />
        </Card>
        <Card title={t('security')}>
          <p className="mb-3 text-sm text-slate-600">{t('signOutEverywhereHelp')}</p>
          <form action={signOutEverywhere}>
            <SubmitButton variant="danger">{t('signOutEverywhere')}</SubmitButton>
          </form>
        </Card>
      </main>
    </div>
  );
}
