'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { acceptSuggestedStatus } from '@/lib/verification/observations';
import { acceptSuggestionSchema } from '@/lib/verification/schemas';

/** "Vorschlag übernehmen": the status an observation suggests becomes the item's, as the member's change. */
export const acceptSuggestedStatusAction = memberAction(
  acceptSuggestionSchema,
  async (member, input, _formData, locationId) => {
    const { status } = await acceptSuggestedStatus(member, locationId, input.source);
    revalidatePath(`/o/${member.organisation.slug}/locations/${locationId}/listings`);
    const t = await getTranslations();
    return {
      status: 'success',
      message: t('verification.observation.accepted', { status: t(`listings.status.${status}`) }),
    };
  },
  { bound: [z.uuid()] },
);
