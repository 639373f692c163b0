'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { updateCheckInSchedule } from '@/lib/reminders/check-in-schedule';
import { checkInScheduleSchema } from '@/lib/reminders/schemas';

export const updateCheckInScheduleAction = memberAction(checkInScheduleSchema, async (member, input) => {
  await updateCheckInSchedule(member, input);
  // The time zone changes which week it is on every page of the organisation.
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  return { status: 'success', message: (await getTranslations('notifications.schedule'))('saved') };
});
