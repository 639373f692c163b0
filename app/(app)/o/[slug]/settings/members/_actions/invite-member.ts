'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { inviteMember } from '@/lib/organisations/invitations';
import { inviteMemberSchema } from '@/lib/organisations/schemas';

export const inviteMemberAction = memberAction(inviteMemberSchema, async (member, input) => {
  const { link } = await inviteMember(member, input);
  revalidatePath(`/o/${member.organisation.slug}/settings/members`);
  const t = await getTranslations('members');
  return link
    ? { status: 'success', message: t('inviteNotMailed', { email: input.email }), result: { link } }
    : { status: 'success', message: t('inviteSent', { email: input.email }) };
});
