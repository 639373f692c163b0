'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { reopenCheckIn } from '@/lib/checkins/write';
import type { FormState } from '@/lib/forms/form-state';
import { describeFailure, resolveCheckInAction } from './check-in-action';

/** "Wieder öffnen" (managers and owners): the submitted week becomes a draft again. */
export async function reopenCheckInAction(
  slug: string,
  locationId: string,
  weekText: string,
  _previous: FormState,
  _formData: FormData,
): Promise<FormState> {
  try {
    const { member, week } = await resolveCheckInAction(slug, weekText);
    await reopenCheckIn(member, locationId, week);
  } catch (error) {
    return { status: 'error', message: (await describeFailure(error)).message };
  }
  const path = `/o/${slug}/locations/${locationId}/checkins/${weekText}`;
  revalidatePath(path);
  revalidatePath(`/o/${slug}/checkins`);
  redirect(path);
}
