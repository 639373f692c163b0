import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InviteMemberForm } from './_components/invite-member-form';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SubmitButton } from '@/components/ui/submit-button';
import { listOpenInvitations } from '@/lib/organisations/invitations';
import { hasRole } from '@/lib/access/member-context';
import { requireMember } from '@/lib/organisations/member-context';
import { listMembers } from '@/lib/organisations/members';
import { listGroupOptions } from '@/lib/location-groups/group-options';
import { listManagerGroupLimits } from '@/lib/location-groups/manager-limits';
import { inviteMemberAction } from './_actions/invite-member';
import { removeMemberAction } from './_actions/remove-member';
import { MemberRow } from './_components/member-row';
import { OpenInvitations } from './_components/open-invitations';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('members'))('title') };
}

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMember(slug);
  const isOwner = hasRole(member, 'OWNER');
  const [members, invitations, groups, limits] = await Promise.all([
    listMembers(member),
    isOwner ? listOpenInvitations(member) : Promise.resolve([]),
    isOwner ? listGroupOptions(member) : Promise.resolve([]),
    isOwner ? listManagerGroupLimits(member) : Promise.resolve(new Map<string, string[]>()),
  ]);
  const t = await getTranslations('members');

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        <Card>
          <p className="mb-4 text-sm text-slate-600">{t('roleHelp')}</p>
          <ul className="divide-y divide-slate-100">
            {members.map((row) => (
              <MemberRow
                key={row.id}
                slug={slug}
                row={row}
                isSelf={row.id === member.membershipId}
                isOwner={isOwner}
                groupLimit={
                  isOwner && row.role === 'MANAGER' ? { groups, limit: limits.get(row.id) ?? [] } : undefined
                }
              />
            ))}
          </ul>
        </Card>

        {isOwner && (
          <Card title={t('inviteTitle')}>
            <p className="mb-4 text-sm text-slate-600">{t('inviteIntro')}</p>
            <InviteMemberForm action={inviteMemberAction.bind(null, slug)} />
          </Card>
        )}

        {isOwner && <OpenInvitations slug={slug} invitations={invitations} />}

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
