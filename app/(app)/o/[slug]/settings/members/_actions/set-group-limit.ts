'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { setManagerGroupLimit } from '@/lib/location-groups/manager-limits';
import { managerGroupLimitFormSchema } from '@/lib/location-groups/schemas';

/** An owner limits a manager to some location groups (none ticked: every location). */
export const setGroupLimitAction = memberAction(
  managerGroupLimitFormSchema,
  async (member, input) => {
    await setManagerGroupLimit(member, input.membershipId, input.groupIds);
    revalidatePath(`/o/${member.organisation.slug}/settings/members`);
    return { status: 'success', message: (await getTranslations('locationGroups'))('limitsSaved') };
  },
  { read: (form) => ({ membershipId: form.get('membershipId'), groupIds: form.getAll('groupIds') }) },
);
