import 'server-only';
import { z } from 'zod';
import { recordAccessDenied } from '@/lib/audit/access-denied';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError, isAppError } from '@/lib/errors';
import type { SessionMemberContext } from '@/lib/access/member-context';
import { findMemberContext } from '@/lib/organisations/member-context';
import type { FormState } from './form-state';
import { formError, invalidForm, parseForm } from './parse-form';

/** Schemas of the arguments a page binds after the slug, e.g. a location id and a week. */
type BoundSchemas = readonly z.ZodType[];
type BoundInput<B extends BoundSchemas> = { [K in keyof B]: z.input<B[K]> };
type BoundOutput<B extends BoundSchemas> = { [K in keyof B]: z.output<B[K]> };

type Options<B extends BoundSchemas> = {
  /** Arguments bound after the slug, each checked by its schema; one that fails is "not found". */
  bound?: B;
  /** How the form becomes the schema's input (default: one value per name; see parseForm). */
  read?: (formData: FormData) => unknown;
};

/**
 * A form action inside one organisation: resolves the signed-in member of `slug` (or answers
 * "not found", the same for a foreign and a missing organisation), checks the bound arguments,
 * validates the form with the schema, runs the domain function and turns its typed errors into
 * a translated message. A refused role is recorded in the audit log (access.denied), a rule the
 * data layer reports like the schema (a ZodError) shows on its field.
 *
 * The page binds the slug and any further arguments (`options.bound`), React passes the previous
 * answer and the form: `(slug, ...bound, previous, formData)`. The handler gets the member, the
 * parsed input, the form and the parsed bound arguments, and answers a FormState or, for a form
 * with its own protocol (the check-in's autosave), its own result.
 */
export function memberAction<S extends z.ZodType, R = FormState, const B extends BoundSchemas = []>(
  schema: S,
  handler: (
    member: SessionMemberContext,
    input: z.output<S>,
    formData: FormData,
    ...bound: BoundOutput<B>
  ) => Promise<R | FormState>,
  options: Options<B> = {},
) {
  return async (
    slug: string,
    ...args: [...BoundInput<B>, previous: unknown, formData: FormData]
  ): Promise<R | FormState> => {
    const formData = args.at(-1) as FormData;
    const user = await getCurrentUser();
    if (!user) return formError(new AppError('UNAUTHENTICATED'));
    const member = typeof slug === 'string' ? await findMemberContext(user, slug) : null;
    const bound = parseBound(options.bound ?? [], args.slice(0, -2));
    if (!member || !bound) return formError(new AppError('NOT_FOUND'));
    const parsed = await parseForm(schema, formData, options.read);
    if (!parsed.ok) return parsed.state;
    try {
      return await handler(member, parsed.data, formData, ...(bound as BoundOutput<B>));
    } catch (error) {
      if (error instanceof z.core.$ZodError) return invalidForm(error.issues, formData);
      if (!isAppError(error)) throw error;
      if (error.code === 'FORBIDDEN') await recordAccessDenied(member, { kind: 'action' });
      return formError(error, formData);
    }
  };
}

function parseBound(schemas: BoundSchemas, values: unknown[]): unknown[] | null {
  if (values.length !== schemas.length) return null;
  const parsed = schemas.map((schema, index) => schema.safeParse(values[index]));
  return parsed.every((result) => result.success) ? parsed.map((result) => result.data) : null;
}
