'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { createCustomPlatform } from '@/lib/listings/platforms';
import { customPlatformSchema } from '@/lib/listings/schemas';

export const createCustomPlatformAction = memberAction(customPlatformSchema, async (member, input) => {
  await createCustomPlatform(member, input);
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  return {
    status: 'success',
    message: (await getTranslations('listings.platforms'))('created', { name: input.name }),
  };
});
