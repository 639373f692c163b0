'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { changeMemberRole } from '@/lib/organisations/members';
import { changeRoleSchema } from '@/lib/organisations/schemas';

export const changeMemberRoleAction = memberAction(changeRoleSchema, async (member, input) => {
  await changeMemberRole(member, input.membershipId, input.role);
  revalidatePath(`/o/${member.organisation.slug}/settings/members`);
  return { status: 'success', message: (await getTranslations('members'))('roleChanged') };
});
