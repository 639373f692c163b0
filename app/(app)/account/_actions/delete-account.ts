'use server';

import { redirect } from 'next/navigation';
import { deleteAccount } from '@/lib/data-rights/account-deletion';
import { accountDeletionSchema } from '@/lib/data-rights/schemas';
import { userAction } from '@/lib/forms/user-action';

/**
 * Deleting the user ends their sessions with it; the sign-in page then says what happened. The
 * last owner of an organisation with other members is refused (LastOwnerError names them).
 */
export const deleteAccountAction = userAction(accountDeletionSchema, async (user, input) => {
  await deleteAccount(user, input);
  redirect('/sign-in?accountDeleted=1');
});
