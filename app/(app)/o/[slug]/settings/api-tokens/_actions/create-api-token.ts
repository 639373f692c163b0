'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { createApiToken } from '@/lib/api-tokens/api-tokens';
import { createApiTokenSchema } from '@/lib/api-tokens/schemas';
import { memberAction } from '@/lib/forms/member-action';

/** The token travels back once, in this answer; the page never shows it again. */
export const createApiTokenAction = memberAction(createApiTokenSchema, async (member, input) => {
  const { token, record } = await createApiToken(member, input);
  revalidatePath(`/o/${member.organisation.slug}/settings/api-tokens`);
  const t = await getTranslations('apiTokens');
  return { status: 'success', message: t('created', { name: record.name }), result: { token } };
});
