'use server';

import { getCheckInForm } from '@/lib/checkins/form';
import { checkInInputFromForm } from '@/lib/checkins/form-data';
import type { AutosaveResult } from '@/lib/checkins/form-values';
import { checkInSaveSchema } from '@/lib/checkins/schemas';
import { saveCheckInDraft } from '@/lib/checkins/write';
import { isAppError } from '@/lib/errors';
import { describeFailure, formValuesOf, isStale, resolveCheckInAction } from './check-in-action';

/**
 * The form's autosave. A stale version writes nothing and answers with the newer state; a week
 * submitted in between answers 'locked' so the page can show it read-only.
 */
export async function saveCheckInDraftAction(
  slug: string,
  locationId: string,
  weekText: string,
  formData: FormData,
): Promise<AutosaveResult> {
  try {
    const { member, week } = await resolveCheckInAction(slug, weekText);
    try {
      const input = await checkInSaveSchema.parseAsync(checkInInputFromForm(formData));
      const saved = await saveCheckInDraft(member, locationId, week, input);
      return { status: 'saved', version: saved.version, savedAt: saved.updatedAt.toISOString() };
    } catch (error) {
      if (!isStale(error)) throw error;
      const form = await getCheckInForm(member, locationId, week);
      return {
        status: 'stale',
        message: (await describeFailure(error)).message,
        current: formValuesOf(form),
        savedAt: form.checkIn?.updatedAt.toISOString() ?? null,
      };
    }
  } catch (error) {
    const { message, fieldErrors } = await describeFailure(error);
    if (isAppError(error, 'CONFLICT')) return { status: 'locked', message };
    return { status: 'error', message, fieldErrors };
  }
}
