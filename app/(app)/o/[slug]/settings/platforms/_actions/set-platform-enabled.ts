'use server';

import { revalidatePath } from 'next/cache';
import { memberAction } from '@/lib/forms/member-action';
import { setPlatformEnabled } from '@/lib/listings/platforms';
import { platformToggleSchema } from '@/lib/listings/schemas';

export const setPlatformEnabledAction = memberAction(platformToggleSchema, async (member, input) => {
  await setPlatformEnabled(member, input.platformId, input.enabled);
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  return { status: 'success' };
});
