import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InviteMemberForm } from './_components/invite-member-form';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { listOpenInvitations } from '@/lib/organisations/invitations';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { listMembers } from '@/lib/organisations/members';
import { roles } from '@/lib/organisations/schemas';
import { changeMemberRoleAction } from './_actions/change-member-role';
import { inviteMemberAction } from './_actions/invite-member';
import { removeMemberAction } from './_actions/remove-member';
import { revokeInvitationAction } from './_actions/revoke-invitation';
import { getAppFormatter } from '@/lib/i18n/server-formatter';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('members'))('title') };
}

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const isOwner = hasRole(member, 'OWNER');
  const [members, invitations] = await Promise.all([
    listMembers(member),
    isOwner ? listOpenInvitations(member) : Promise.resolve([]),
  ]);
  const t = await getTranslations('members');
  const tRoles = await getTranslations('roles');
  const format = await getAppFormatter();
  const roleOptions = roles.map((role) => ({ value: role, label: tRoles(role) }));

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        <Card>
          <p className="mb-4 text-sm text-slate-600">{t('roleHelp')}</p>
          <ul className="divide-y divide-slate-100">
            {members.map((row) => {
              const isSelf = row.id === member.membershipId;
              return (
                <li
                  key={row.id}
                  className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between"
                >
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900">
                      {row.user.name}{' '}
                      {isSelf && <span className="text-sm font-normal text-slate-600">({t('you')})</span>}
                    </p>
                    <p className="truncate text-sm text-slate-600">{row.user.email}</p>
                  </div>
                  {isOwner ? (
                    <div className="flex flex-wrap items-start gap-2">
                      <ActionForm
                        action={changeMemberRoleAction.bind(null, slug)}
                        className="flex flex-wrap items-center gap-2"
                      >
                        <input type="hidden" name="membershipId" value={row.id} />
                        <SelectField
                          name="role"
                          id={`role-${row.id}`}
                          label={t('changeRole', { name: row.user.name })}
                          hideLabel
                          defaultValue={row.role}
                          options={roleOptions}
                        />
                        <SubmitButton variant="secondary">{t('saveRole')}</SubmitButton>
                      </ActionForm>
                      {!isSelf && (
                        <ActionForm
                          action={removeMemberAction.bind(null, slug)}
                          confirmMessage={t('removeConfirm', { name: row.user.name })}
                          className="flex flex-wrap gap-2"
                        >
                          <input type="hidden" name="membershipId" value={row.id} />
                          <SubmitButton variant="danger">{t('remove')}</SubmitButton>
                        </ActionForm>
                      )}
                    </div>
                  ) : (
                    <span className="text-sm font-medium text-slate-700">{tRoles(row.role)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </Card>

        {isOwner && (
          <Card title={t('inviteTitle')}>
            <p className="mb-4 text-sm text-slate-600">{t('inviteIntro')}</p>
            <InviteMemberForm action={inviteMemberAction.bind(null, slug)} />
          </Card>
        )}

        {isOwner && (
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
        )}

        <Card>
          <ActionForm
            action={removeMemberAction.bind(null, slug)}
            confirmMessage={t('leaveConfirm')}
            className="flex flex-wrap gap-2"
          >
            <input type="hidden" name="membershipId" value={member.membershipId} />
            <SubmitButton variant="danger">{t('leave')}</SubmitButton>
          </ActionForm>
        </Card>
      </div>
    </>
  );
}
