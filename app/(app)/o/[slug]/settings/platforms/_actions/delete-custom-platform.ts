'use server';

import { revalidatePath } from 'next/cache';
import { memberAction } from '@/lib/forms/member-action';
import { platformIdSchema } from '@/lib/listings/platform-settings-schemas';
import { deleteCustomPlatform } from '@/lib/listings/platforms';

export const deleteCustomPlatformAction = memberAction(platformIdSchema, async (member, input) => {
  await deleteCustomPlatform(member, input.platformId);
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  return { status: 'success' };
});
