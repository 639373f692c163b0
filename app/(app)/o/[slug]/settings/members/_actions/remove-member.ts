'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { removeMember } from '@/lib/organisations/members';
import { membershipIdSchema } from '@/lib/organisations/schemas';

/** Removes a member, or, with one's own membership id, leaves the organisation. */
export const removeMemberAction = memberAction(membershipIdSchema, async (member, input) => {
  await removeMember(member, input.membershipId);
  if (input.membershipId === member.membershipId) redirect('/');
  revalidatePath(`/o/${member.organisation.slug}/settings/members`);
  return { status: 'success', message: (await getTranslations('members'))('removed') };
});
