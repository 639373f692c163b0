'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { createCalendarFeed } from '@/lib/calendar/calendar-feeds';
import { memberAction } from '@/lib/forms/member-action';

/** Creates or replaces the member's feed; the URL travels back once, in this answer. */
export const createCalendarFeedAction = memberAction(z.object({}), async (member) => {
  const { url } = await createCalendarFeed(member);
  revalidatePath(`/o/${member.organisation.slug}/notifications`);
  const t = await getTranslations('notifications.calendar');
  return { status: 'success', message: t('created'), result: { url } };
});
