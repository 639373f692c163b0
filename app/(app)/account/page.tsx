import type { Metadata } from 'next';
import Link from 'next/link';
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
import { deleteAccountAction } from './_actions/delete-account';
import { ChangePasswordForm } from './_components/change-password-form';
import { DeleteAccountForm } from './_components/delete-account-form';
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
  const names = (list: { name: string }[]) => list.map((organisation) => organisation.name).join(', ');
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
        <Card title={tData('account.deleteTitle')} className="border-red-200">
          <div className="mb-4 max-w-prose space-y-3 text-sm text-slate-700">
            <p>{tData('account.deleteIntro')}</p>
            {deletionPlan.deletedWithAccount.length > 0 && (
              <p>
                {tData('account.deletedWithAccount', {
                  organisations: names(deletionPlan.deletedWithAccount),
                })}
              </p>
            )}
          </div>
          {deletionPlan.blockedBy.length > 0 ? (
            <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {tData('account.blocked', { organisations: names(deletionPlan.blockedBy) })}
            </p>
          ) : (
            <DeleteAccountForm action={deleteAccountAction} email={user.email} hasPassword={withPassword} />
          )}
        </Card>
      </main>
    </div>
  );
}
