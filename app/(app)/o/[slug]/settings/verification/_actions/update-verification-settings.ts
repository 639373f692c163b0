'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { verificationSettingsSchema } from '@/lib/verification/schemas';
import { updateVerificationSettings } from '@/lib/verification/verification-settings';

/** The sources switched on and the schedule (owners only; the data layer refuses anyone else). */
export const updateVerificationSettingsAction = memberAction(
  verificationSettingsSchema,
  async (member, input) => {
    await updateVerificationSettings(member, input);
    // Every checklist shows "Jetzt prüfen" or the hint to switch a source on.
    revalidatePath(`/o/${member.organisation.slug}`, 'layout');
    return { status: 'success', message: (await getTranslations('verification'))('settings.saved') };
  },
  // One "sources" value per ticked box: read as a list.
  { read: (form) => ({ sources: form.getAll('sources'), schedule: form.get('schedule') }) },
);
