'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { revokeCalendarFeed } from '@/lib/calendar/calendar-feeds';
import { memberAction } from '@/lib/forms/member-action';

export const revokeCalendarFeedAction = memberAction(z.object({}), async (member) => {
  await revokeCalendarFeed(member);
  revalidatePath(`/o/${member.organisation.slug}/notifications`);
  return { status: 'success', message: (await getTranslations('notifications.calendar'))('revoked') };
});
