import 'server-only';
import { z } from 'zod';
import { isCommonPassword } from './password';
import { resetPasswordSchema, signUpSchema } from './schemas';

/**
 * The shared schemas plus the checks that need the server (also for the password change): the list of common passwords is too
 * large to ship to browsers. Messages are keys under "validation".
 */
export function checkPassword(
  password: string,
  email: string | undefined,
  context: z.RefinementCtx,
  field = 'password',
) {
  if (isCommonPassword(password))
    context.addIssue({ code: 'custom', path: [field], message: 'passwordTooCommon' });
  else if (email && password.toLowerCase().includes(email.toLowerCase())) {
    context.addIssue({ code: 'custom', path: [field], message: 'passwordContainsEmail' });
  }
}

export const signUpPolicySchema = signUpSchema.superRefine((input, context) =>
  checkPassword(input.password, input.email, context),
);

export const resetPasswordPolicySchema = resetPasswordSchema.superRefine((input, context) =>
  checkPassword(input.password, undefined, context),
);
