'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { applyBusinessType } from '@/lib/listings/business-type-platforms';
import { businessTypeSchema } from '@/lib/listings/platform-settings-schemas';

export const applyBusinessTypeAction = memberAction(businessTypeSchema, async (member, input) => {
  await applyBusinessType(member, input.businessType);
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  const t = await getTranslations('businessTypes');
  return { status: 'success', message: t('settings.applied', { type: t(`label.${input.businessType}`) }) };
});
