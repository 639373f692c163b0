import 'server-only';
import type { z } from 'zod';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { AppError, isAppError } from '@/lib/errors';
import type { FormState } from './form-state';
import { formError, parseForm } from './parse-form';

/**
 * A form action of the signed-in user's own account (memberAction's counterpart outside an
 * organisation): checks the session, validates the form, and turns typed errors into messages.
 * The schema may depend on the user (e.g. a password must not contain their email).
 */
export function userAction<S extends z.ZodType>(
  schema: S | ((user: CurrentUser) => S),
  handler: (user: CurrentUser, input: z.output<S>) => Promise<FormState>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await getCurrentUser();
    if (!user) return formError(new AppError('UNAUTHENTICATED'));
    const parsed = await parseForm(typeof schema === 'function' ? schema(user) : schema, formData);
    if (!parsed.ok) return parsed.state;
    try {
      return await handler(user, parsed.data);
    } catch (error) {
      if (!isAppError(error)) throw error;
      return formError(error, formData);
    }
  };
}
