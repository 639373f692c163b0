'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { markRead } from '@/lib/notifications/notifications';
import { notificationIdSchema } from '@/lib/notifications/schemas';

export const markNotificationReadAction = memberAction(notificationIdSchema, async (member, input) => {
  await markRead(member, input.notificationId);
  // The layout shows the unread count.
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  return { status: 'success', message: (await getTranslations('notifications'))('markedRead') };
});
