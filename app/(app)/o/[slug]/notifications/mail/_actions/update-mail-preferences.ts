'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { updateMailPreferences } from '@/lib/mail-preferences/mail-preferences';
import { mailPreferencesSchema } from '@/lib/mail-preferences/schemas';

export const updateMailPreferencesAction = memberAction(mailPreferencesSchema, async (member, input) => {
  await updateMailPreferences(member, input);
  revalidatePath(`/o/${member.organisation.slug}/notifications/mail`);
  return { status: 'success', message: (await getTranslations('digest.preferences'))('saved') };
});
