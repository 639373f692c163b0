import 'server-only';
import type { z } from 'zod';
import { recordAccessDenied } from '@/lib/audit/access-denied';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError, isAppError } from '@/lib/errors';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { findMemberContext } from '@/lib/organisations/member-context';
import type { FormState } from './form-state';
import { formError, parseForm } from './parse-form';

/**
 * A form action inside one organisation: resolves the signed-in member of `slug` (or answers
 * "not found", the same for a foreign and a missing organisation), validates the form with the
 * schema, runs the domain function and turns its typed errors into a translated message.
 */
export function memberAction<S extends z.ZodType>(
  schema: S,
  handler: (member: SessionMemberContext, input: z.output<S>, formData: FormData) => Promise<FormState>,
) {
  return async (slug: string, _previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await getCurrentUser();
    if (!user) return formError(new AppError('UNAUTHENTICATED'));
    const member = typeof slug === 'string' ? await findMemberContext(user, slug) : null;
    if (!member) return formError(new AppError('NOT_FOUND'));
    const parsed = await parseForm(schema, formData);
    if (!parsed.ok) return parsed.state;
    try {
      return await handler(member, parsed.data, formData);
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === 'FORBIDDEN') await recordAccessDenied(member, { kind: 'action' });
      return formError(error, formData);
    }
  };
}
