'use server';

import { getTranslations } from 'next-intl/server';
import { getCurrentSessionId } from '@/lib/auth/current-user';
import { changePassword, changePasswordPolicySchema } from '@/lib/auth/password-change';
import { userAction } from '@/lib/forms/user-action';

/** Keeps this browser signed in and ends every other session. */
export const changePasswordAction = userAction(
  (user) => changePasswordPolicySchema(user.email),
  async (user, input) => {
    await changePassword(user, await getCurrentSessionId(), input);
    return { status: 'success', message: (await getTranslations('dataRights.account'))('passwordChanged') };
  },
);
