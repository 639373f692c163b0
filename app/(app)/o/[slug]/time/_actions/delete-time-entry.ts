'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { timeEntryDeleteSchema } from '@/lib/time-entries/schemas';
import { deleteTimeEntry } from '@/lib/time-entries/time-entries';

export const deleteTimeEntryAction = memberAction(timeEntryDeleteSchema, async (member, { id }) => {
  await deleteTimeEntry(member, id);
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  return { status: 'success', message: (await getTranslations('timeEntries'))('recent.deleted') };
});
