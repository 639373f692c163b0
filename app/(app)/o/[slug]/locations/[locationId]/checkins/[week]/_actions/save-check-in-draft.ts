'use server';

import { getTranslations } from 'next-intl/server';
import { formValuesOf, getCheckInForm } from '@/lib/checkins/form';
import { checkInActionBound, checkInInputFromForm } from '@/lib/checkins/form-data';
import type { AutosaveResult } from '@/lib/checkins/form-values';
import { checkInSaveSchema } from '@/lib/checkins/schemas';
import { isStale, saveCheckInDraft } from '@/lib/checkins/write';
import { isAppError } from '@/lib/errors';
import { memberAction } from '@/lib/forms/member-action';
import { appErrorText, type Translator } from '@/lib/i18n/app-error-text';

/**
 * The form's autosave. A stale version writes nothing and answers with the newer state; a week
 * submitted in between answers 'locked' so the page can show it read-only.
 */
export const saveCheckInDraftAction = memberAction(
  checkInSaveSchema,
  async (member, input, _formData, locationId, week): Promise<AutosaveResult> => {
    try {
      const saved = await saveCheckInDraft(member, locationId, week, input);
      return { status: 'saved', version: saved.version, savedAt: saved.updatedAt.toISOString() };
    } catch (error) {
      if (!isAppError(error, 'CONFLICT')) throw error;
      const message = appErrorText(error, (await getTranslations()) as unknown as Translator);
      if (!isStale(error)) return { status: 'locked', message };
      const form = await getCheckInForm(member, locationId, week);
      return {
        status: 'stale',
        message,
        current: formValuesOf(form),
        savedAt: form.checkIn?.updatedAt.toISOString() ?? null,
      };
    }
  },
  { bound: checkInActionBound, read: checkInInputFromForm },
);
