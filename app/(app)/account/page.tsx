import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Brand } from '@/components/layout/brand';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { Card } from '@/components/ui/card';
import { buttonClasses } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { requireUser } from '@/lib/auth/current-user';
import { hasPassword } from '@/lib/auth/password-change';
import { planAccountDeletion } from '@/lib/data-rights/account-deletion';
import { listOrganisationsOf } from '@/lib/organisations/organisations';
import { changePasswordAction } from './_actions/change-password';
import { ChangePasswordForm } from './_components/change-password-form';
import { DeleteAccountCard } from './_components/delete-account-card';
import { OrganisationsCard } from './_components/organisations-card';
import { signOutEverywhere } from './sign-out-everywhere';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const [organisations, withPassword, deletionPlan, { deleted }] = await Promise.all([
    listOrganisationsOf(user),
    hasPassword(user.id),
    planAccountDeletion(user.id),
    searchParams,
  ]);
  const t = await getTranslations('account');
  const tData = await getTranslations('dataRights');
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
        {deleted === 'organisation' && (
          <p
            role="status"
            className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          >
            {tData('organisationDeleted')}
          </p>
        )}
        <Card title={t('profile')}>
          <p className="font-medium">{user.name}</p>
          <p className="text-slate-600">{user.email}</p>
        </Card>
        <OrganisationsCard organisations={organisations} />
        <Card title={t('language')}>
          <LanguageSwitcher />
        </Card>
        <Card title={t('security')}>
          <p className="mb-3 text-sm text-slate-600">{t('signOutEverywhereHelp')}</p>
          <form action={signOutEverywhere}>
            <SubmitButton variant="danger">{t('signOutEverywhere')}</SubmitButton>
          </form>
        </Card>
        <Card title={tData('account.passwordTitle')}>
          {withPassword ? (
            <>
              <p className="mb-3 text-sm text-slate-600">{tData('account.passwordIntro')}</p>
              <ChangePasswordForm action={changePasswordAction} />
            </>
          ) : (
            <p className="text-sm text-slate-700">{tData('account.noPassword')}</p>
          )}
        </Card>
        <Card title={tData('account.exportTitle')}>
          <p className="mb-4 max-w-prose text-sm text-slate-700">{tData('account.exportIntro')}</p>
          {/* A plain link: the route handler answers with a file, nothing to prefetch or render. */}
          <a href="/account/export" download className={buttonClasses('secondary')}>
            {tData('account.exportDownload')}
          </a>
        </Card>
        <DeleteAccountCard deletionPlan={deletionPlan} email={user.email} hasPassword={withPassword} />
      </main>
    </div>
  );
}
