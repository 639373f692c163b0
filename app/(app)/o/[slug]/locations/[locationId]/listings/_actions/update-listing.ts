'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AppError, isAppError } from '@/lib/errors';
import type { FormState } from '@/lib/forms/form-state';
import { memberAction } from '@/lib/forms/member-action';
import { echoFormValues } from '@/lib/forms/parse-form';
import { getChecklistEntry, updateListingItem } from '@/lib/listings/checklist';
import { listingUpdateSchema } from '@/lib/listings/schemas';

const targetSchema = z.object({ locationId: z.uuid(), platformId: z.uuid() });

/**
 * Saves one checklist item. A stale version is answered with the item as it is now, so the form
 * can show the newer values and take them as the base for another save.
 */
export const updateListingAction = memberAction(
  listingUpdateSchema,
  async (member, input, formData): Promise<FormState> => {
    const target = targetSchema.safeParse({
      locationId: formData.get('locationId'),
      platformId: formData.get('platformId'),
    });
    if (!target.success) throw new AppError('NOT_FOUND');
    const { locationId, platformId } = target.data;
    const t = await getTranslations('listings');
    try {
      const { version, statusReplaced } = await updateListingItem(member, locationId, platformId, input);
      revalidatePath(`/o/${member.organisation.slug}/locations/${locationId}/listings`);
      const message = statusReplaced
        ? t('checklist.savedWithStatus', {
            saved: t(`status.${statusReplaced.saved}`),
            chosen: t(`status.${statusReplaced.chosen}`),
            fields: statusReplaced.fields.map((field) => t(`checklist.nap.${field}`)).join(', '),
          })
        : t('checklist.saved');
      return { status: 'success', message, result: { version: String(version) } };
    } catch (error) {
      if (!isAppError(error, 'CONFLICT')) throw error;
      const current = await getChecklistEntry(member, locationId, platformId);
      return {
        status: 'error',
        message: `${t('errors.stale')} ${t('checklist.conflictCurrent', { status: t(`status.${current.item.status}`), version: current.item.version })}`,
        // The user's input stays in the form; the version becomes the current one for the next save.
        values: echoFormValues(formData),
        result: { version: String(current.item.version), current: JSON.stringify(current.item) },
      };
    }
  },
);
