'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { deleteAccount, LastOwnerError } from '@/lib/data-rights/account-deletion';
import { accountDeletionSchema } from '@/lib/data-rights/schemas';
import { userAction } from '@/lib/forms/user-action';

/** Deleting the user ends their sessions with it; the sign-in page then says what happened. */
export const deleteAccountAction = userAction(accountDeletionSchema, async (user, input) => {
  try {
    await deleteAccount(user, input);
  } catch (error) {
    if (!(error instanceof LastOwnerError)) throw error;
    const t = await getTranslations('dataRights.account');
    const organisations = error.organisations.map((organisation) => organisation.name).join(', ');
    return { status: 'error', message: t('lastOwner', { organisations }) };
  }
  redirect('/sign-in?accountDeleted=1');
});
