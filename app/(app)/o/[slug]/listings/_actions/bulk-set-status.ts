'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import { bulkStatusFormSchema } from '@/lib/listings/bulk-status-form';
import { bulkSetListingStatus } from '@/lib/listings/checklist';

export const bulkSetStatusAction = memberAction(bulkStatusFormSchema, async (member, input) => {
  const { changed } = await bulkSetListingStatus(member, input);
  revalidatePath(`/o/${member.organisation.slug}`, 'layout');
  const t = await getTranslations('listings');
  return {
    status: 'success',
    message: t('matrix.bulkDone', { changed, status: t(`status.${input.status}`) }),
  };
});
