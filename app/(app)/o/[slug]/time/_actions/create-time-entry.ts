'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formatDuration } from '@/lib/format/duration';
import { memberAction } from '@/lib/forms/member-action';
import { ruleErrorState } from '@/lib/time-entries/rule-errors';
import { timeEntryCreateSchema } from '@/lib/time-entries/schemas';
import { createTimeEntry } from '@/lib/time-entries/time-entries';

// After a save the form keeps day, location, platform, activity and member for the next entry.
const keptFields = ['date', 'locationId', 'platformId', 'activity', 'membershipId'];

export const createTimeEntryAction = memberAction(timeEntryCreateSchema, async (member, input, formData) => {
  let entry;
  try {
    entry = await createTimeEntry(member, input);
  } catch (error) {
    if (error instanceof z.ZodError) return ruleErrorState(error, formData);
    throw error;
  }
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  const t = await getTranslations('timeEntries');
  const values: Record<string, string> = {};
  for (const field of keptFields) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  return {
    status: 'success',
    message: t('form.saved', { minutes: formatDuration(entry.minutes), location: entry.location.name }),
    values,
  };
});
