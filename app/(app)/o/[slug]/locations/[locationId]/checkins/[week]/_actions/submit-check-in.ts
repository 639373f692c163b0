'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { checkInActionBound, checkInInputFromForm } from '@/lib/checkins/form-data';
import { checkInSaveSchema } from '@/lib/checkins/schemas';
import { submitCheckInForm } from '@/lib/checkins/write';
import { memberAction } from '@/lib/forms/member-action';
import { formatIsoWeek } from '@/lib/weeks/iso-week';

/**
 * "Abschließen": saves what the form shows and locks the week, also as a plain form post. When
 * the autosave stored exactly this content a moment earlier, its newer version is not a conflict.
 */
export const submitCheckInAction = memberAction(
  checkInSaveSchema,
  async (member, input, _formData, locationId, week) => {
    await submitCheckInForm(member, locationId, week, input);
    const slug = member.organisation.slug;
    const path = `/o/${slug}/locations/${locationId}/checkins/${formatIsoWeek(week)}`;
    revalidatePath(path);
    revalidatePath(`/o/${slug}/checkins`);
    redirect(path);
  },
  { bound: checkInActionBound, read: checkInInputFromForm },
);
