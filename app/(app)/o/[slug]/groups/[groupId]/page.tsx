import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SubmitButton } from '@/components/ui/submit-button';
import { mayManageGroups } from '@/lib/location-groups/access';
import { getLocationGroup, type LocationGroupView } from '@/lib/location-groups/groups';
import { listGroupMembers, searchLocationsToAdd } from '@/lib/location-groups/members';
import { locationGroupMembersPageSchema } from '@/lib/location-groups/schemas';
import { findOrNotFound, requireMember, requireRoleForPage } from '@/lib/organisations/member-context';
import { deleteLocationGroupAction, updateLocationGroupAction } from '../_actions/group-actions';
import { AddLocations } from '../_components/add-locations';
import { GroupForm } from '../_components/group-form';
import { GroupMembers } from '../_components/group-members';
import { RuleSummary } from '../_components/rule-summary';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('locationGroups'))('editTitle') };
}

type Props = {
  params: Promise<{ slug: string; groupId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * One group: its form (for those who manage groups), its locations by name with search and pages,
 * and for a hand group removing and adding locations. A foreign or out-of-limit group is a 404.
 */
export default async function LocationGroupPage({ params, searchParams }: Props) {
  const { slug, groupId } = await params;
  const query = await searchParams;
  const member = await requireMember(slug);
  requireRoleForPage(member, 'MANAGER');
  const { page, q } = locationGroupMembersPageSchema.parse({ page: query.page, q: query.q });
  const addQuery = typeof query.add === 'string' ? query.add.slice(0, 100) : '';
  const manage = mayManageGroups(member);
  const group = await findOrNotFound(getLocationGroup(member, groupId));
  const isHand = group.rule === null;
  const [members, candidates, t] = await Promise.all([
    listGroupMembers(member, group.id, { page, q }),
    manage && isHand ? searchLocationsToAdd(member, group.id, addQuery) : Promise.resolve(null),
    getTranslations('locationGroups'),
  ]);
  const base = `/o/${slug}/groups/${group.id}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/o/${slug}/groups`} className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader
        title={group.name}
        intro={`${t(`kinds.${group.kind}`)} · ${t('membersCount', { count: group.memberCount })}`}
      />
      {query.created === '1' && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          {t('created')}
        </p>
      )}
      <div className="space-y-6">
        {manage ? (
          <EditGroupCard slug={slug} group={group} />
        ) : (
          <Card>
            <p className="text-sm text-slate-700">
              <RuleSummary field={group.rule?.field ?? null} value={group.rule?.value ?? null} />
            </p>
          </Card>
        )}
        <GroupMembers
          slug={slug}
          groupId={group.id}
          base={base}
          members={members}
          query={q}
          removable={manage && isHand}
          isHand={isHand}
        />
        {manage && isHand && (
          <AddLocations slug={slug} groupId={group.id} query={addQuery} candidates={candidates} />
        )}
      </div>
    </>
  );
}

/** The group's form and its deletion, for those who manage groups. */
async function EditGroupCard({ slug, group }: { slug: string; group: LocationGroupView }) {
  const t = await getTranslations('locationGroups');
  const isHand = group.rule === null;
  return (
    <Card title={t('editTitle')}>
      <GroupForm
        action={updateLocationGroupAction.bind(null, slug, group.id)}
        initial={{
          name: group.name,
          kind: group.kind,
          mode: isHand ? 'hand' : 'rule',
          ruleField: group.rule?.field ?? 'CITY',
          ruleValue: group.rule?.value ?? '',
        }}
        submitLabel={t('save')}
      />
      {!isHand && <p className="mt-3 text-sm text-slate-600">{t('ruleRemovedNote')}</p>}
      <div className="mt-6 border-t border-slate-100 pt-4">
        <ActionForm
          action={deleteLocationGroupAction.bind(null, slug, group.id)}
          confirmMessage={t('deleteConfirm', { name: group.name })}
        >
          <SubmitButton variant="danger">{t('delete')}</SubmitButton>
        </ActionForm>
      </div>
    </Card>
  );
}
