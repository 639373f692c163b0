import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { listMembers } from '@/lib/organisations/members';
import { roles } from '@/lib/organisations/schemas';
import { changeMemberRoleAction } from '../_actions/change-member-role';
import { removeMemberAction } from '../_actions/remove-member';
import { GroupLimitForm } from './group-limit-form';
import type { LocationGroupOption } from '@/lib/location-groups/group-options';

type Props = {
  slug: string;
  row: Awaited<ReturnType<typeof listMembers>>[number];
  /** The row is the viewer's own membership. */
  isSelf: boolean;
  /** Owners change roles and remove others; everyone else sees the role. */
  isOwner: boolean;
  /** For a manager, when the viewer is an owner: the groups to limit them to and their limit now. */
  groupLimit?: { groups: LocationGroupOption[]; limit: string[] };
};

/** One member: name and address, and their role, which owners change (and remove anyone else). */
export async function MemberRow({ slug, row, isSelf, isOwner, groupLimit }: Props) {
  const t = await getTranslations('members');
  const tRoles = await getTranslations('roles');
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium text-slate-900">
          {row.user.name} {isSelf && <span className="text-sm font-normal text-slate-600">({t('you')})</span>}
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
              options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
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
      {groupLimit && (
        <GroupLimitForm
          slug={slug}
          membershipId={row.id}
          name={row.user.name}
          groups={groupLimit.groups}
          limit={groupLimit.limit}
        />
      )}
    </li>
  );
}
