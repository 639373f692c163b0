import { getTranslations } from 'next-intl/server';
import { SwitchAccountButton } from './switch-account-button';

/**
 * For a signed-in account that is not the invited one: who the invitation is for (masked), who
 * is signed in, and the way to continue with the invited address. There is no accept button.
 */
export async function OtherAccountNotice({
  invited,
  current,
  invitationPath,
}: {
  invited: string;
  current: string;
  invitationPath: string;
}) {
  const t = await getTranslations('invitation');
  const back = `?callbackUrl=${encodeURIComponent(invitationPath)}`;
  return (
    <div className="space-y-3">
      <div className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-3 text-sm text-amber-950">
        <h2 className="font-semibold">{t('otherAccountTitle')}</h2>
        <p className="mt-1">{t('otherAccount', { invited, current })}</p>
      </div>
      <p className="text-sm text-slate-700">{t('otherAccountHelp', { current })}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        <SwitchAccountButton to={`/sign-in${back}`}>{t('switchToSignIn')}</SwitchAccountButton>
        <SwitchAccountButton to={`/sign-up${back}`} variant="secondary">
          {t('switchToSignUp')}
        </SwitchAccountButton>
      </div>
    </div>
  );
}
