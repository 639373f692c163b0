'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { comparableInput, sameContent } from '@/lib/checkins/content';
import { checkInInputFromForm } from '@/lib/checkins/form-data';
import { readCheckIn } from '@/lib/checkins/records';
import { checkInSaveSchema } from '@/lib/checkins/schemas';
import { saveCheckInDraft, submitCheckIn } from '@/lib/checkins/write';
import type { FormState } from '@/lib/forms/form-state';
import { weekStartOf } from '@/lib/weeks/iso-week';
import { describeFailure, isStale, resolveCheckInAction } from './check-in-action';

/**
 * "Abschließen": saves what the form shows and locks the week, also as a plain form post. When
 * the autosave stored exactly this content a moment earlier, its newer version is not a conflict.
 */
export async function submitCheckInAction(
  slug: string,
  locationId: string,
  weekText: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const { member, week } = await resolveCheckInAction(slug, weekText);
    const input = await checkInSaveSchema.parseAsync(checkInInputFromForm(formData));
    let version: number;
    try {
      version = (await saveCheckInDraft(member, locationId, week, input)).version;
    } catch (error) {
      const stored = isStale(error)
        ? await readCheckIn(member.organisation.id, locationId, weekStartOf(week))
        : null;
      if (!stored || !sameContent(stored, comparableInput(input))) throw error;
      version = stored.version;
    }
    await submitCheckIn(member, locationId, week, version);
  } catch (error) {
    const { message, fieldErrors } = await describeFailure(error);
    return { status: 'error', message, fieldErrors };
  }
  const path = `/o/${slug}/locations/${locationId}/checkins/${weekText}`;
  revalidatePath(path);
  revalidatePath(`/o/${slug}/checkins`);
  redirect(path);
}
