'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError, isAppError } from '@/lib/errors';
import type { FormState } from '@/lib/forms/form-state';
import { formError, parseForm } from '@/lib/forms/parse-form';
import { acceptInvitation } from '@/lib/organisations/invitations';

const acceptInvitationSchema = z.object({ token: z.string().min(20).max(200) });

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return formError(new AppError('UNAUTHENTICATED'));
  const parsed = await parseForm(acceptInvitationSchema, formData);
  if (!parsed.ok) return formError(new AppError('INVITATION_INVALID'));
  let slug: string;
  try {
    ({ slug } = await acceptInvitation(user, parsed.data.token));
  } catch (error) {
    if (isAppError(error, 'INVITATION_INVALID')) return formError(error);
    if (isAppError(error, 'INVITATION_FOR_OTHER_ACCOUNT')) return formError(error);
    throw error;
  }
  redirect(`/o/${slug}`);
}
