'use server';

import { revalidatePath } from 'next/cache';
import { memberAction } from '@/lib/forms/member-action';
import { revokeInvitation } from '@/lib/organisations/invitations';
import { invitationIdSchema } from '@/lib/organisations/schemas';

export const revokeInvitationAction = memberAction(invitationIdSchema, async (member, input) => {
  await revokeInvitation(member, input.invitationId);
  revalidatePath(`/o/${member.organisation.slug}/settings/members`);
  return { status: 'success' };
});
