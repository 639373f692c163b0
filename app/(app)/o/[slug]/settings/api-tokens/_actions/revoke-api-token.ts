'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { revokeApiToken } from '@/lib/api-tokens/api-tokens';
import { apiTokenIdSchema } from '@/lib/api-tokens/schemas';
import { memberAction } from '@/lib/forms/member-action';

export const revokeApiTokenAction = memberAction(apiTokenIdSchema, async (member, input) => {
  await revokeApiToken(member, input.apiTokenId);
  revalidatePath(`/o/${member.organisation.slug}/settings/api-tokens`);
  return { status: 'success', message: (await getTranslations('apiTokens'))('revoked') };
});
