'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { freshnessDaysSchema } from '@/lib/listings/platform-settings-schemas';
import { setFreshnessDays } from '@/lib/listings/platforms';

export const setFreshnessDaysAction = memberAction(freshnessDaysSchema, async (member, input) => {
  await setFreshnessDays(member, input.freshnessDays);
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  return {
    status: 'success',
    message: (await getTranslations('listings.platforms'))('freshnessSaved', { days: input.freshnessDays }),
  };
});
