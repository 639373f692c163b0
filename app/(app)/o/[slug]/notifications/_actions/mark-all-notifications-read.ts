'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { markAllRead } from '@/lib/notifications/notifications';

export const markAllNotificationsReadAction = memberAction(z.object({}), async (member) => {
  await markAllRead(member);
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  return { status: 'success', message: (await getTranslations('notifications'))('allMarkedRead') };
});
