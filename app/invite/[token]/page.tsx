import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PublicPage } from '@/components/layout/public-page';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { getCurrentUser } from '@/lib/auth/current-user';
import { findOpenInvitation } from '@/lib/organisations/invitations';
import { acceptInvitationAction } from './accept-invitation';
import { OtherAccountNotice } from './other-account-notice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invitation'))('title'), robots: { index: false } };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  // Opened by another account than the invited one, this records the refusal for the owners.
  const invitation = token.length <= 200 ? await findOpenInvitation(token, user) : null;
  const t = await getTranslations('invitation');
  const tAuth = await getTranslations('auth');
  const tRoles = await getTranslations('roles');
  const here = `/invite/${token}`;
  return (
    <PublicPage>
      <section className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        {!invitation ? (
          <>
            <h1 className="text-2xl font-bold">{t('invalidTitle')}</h1>
            <p className="mt-2 text-slate-700">{t('invalidText')}</p>
          </>
        ) : (
          <>
            <h1 className="text-2xl font-bold">{t('title')}</h1>
            <p className="mt-2 text-slate-800">
              {t('text', { organisation: invitation.organisation.name, role: tRoles(invitation.role) })}
            </p>
            <p className="mt-1 text-sm text-slate-600">{t('sentTo', { email: invitation.maskedEmail })}</p>
            <div className="mt-6">
              {user && invitation.acceptance === 'otherAccount' ? (
                <OtherAccountNotice
                  invited={invitation.maskedEmail}
                  current={user.email}
                  invitationPath={here}
                />
              ) : user ? (
                <ActionForm action={acceptInvitationAction} className="space-y-3">
                  <input type="hidden" name="token" value={token} />
                  <SubmitButton className="w-full">{t('accept')}</SubmitButton>
                </ActionForm>
              ) : (
                <div className="space-y-3">
                  <p className="text-sm text-slate-700">
                    {t(invitation.anyoneWithLink ? 'signInToAccept' : 'signInWithInvitedAddress')}
                  </p>
                  <div className="grid gap-2 sm:grid-cols-2">
                    <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
                      {tAuth('signIn')}
                    </ButtonLink>
                    <ButtonLink href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`} variant="secondary">
                      {tAuth('signUp')}
                    </ButtonLink>
                  </div>
                </div>
              )}
            </div>
          </>
        )}
      </section>
    </PublicPage>
  );
}
