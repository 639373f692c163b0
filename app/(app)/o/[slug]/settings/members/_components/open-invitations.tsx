import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { SubmitButton } from '@/components/ui/submit-button';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import type { listOpenInvitations } from '@/lib/organisations/invitations';
import { revokeInvitationAction } from '../_actions/revoke-invitation';

type Props = { slug: string; invitations: Awaited<ReturnType<typeof listOpenInvitations>> };

/** The invitations not yet accepted: address, role, expiry and who may use the link, each revocable. */
export async function OpenInvitations({ slug, invitations }: Props) {
  const t = await getTranslations('members');
  const tRoles = await getTranslations('roles');
  const format = await getAppFormatter();
  return (
    <Card title={t('openInvitations')}>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noOpenInvitations')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="font-medium text-slate-900">{invitation.email}</p>
                <p className="text-sm text-slate-600">
                  {tRoles(invitation.role)} ·{' '}
                  {t('expires', {
                    date: format.dateTime(invitation.expiresAt, { dateStyle: 'medium' }),
                  })}{' '}
                  · {t(invitation.anyoneWithLink ? 'openToAnyone' : 'boundToAddress')}
                </p>
              </div>
              <ActionForm action={revokeInvitationAction.bind(null, slug)} quietOnSuccess>
                <input type="hidden" name="invitationId" value={invitation.id} />
                <SubmitButton variant="secondary">{t('revoke')}</SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
