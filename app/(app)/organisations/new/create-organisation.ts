'use server';

import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import type { FormState } from '@/lib/forms/form-state';
import { formError, parseForm } from '@/lib/forms/parse-form';
import { createOrganisation } from '@/lib/organisations/organisations';
import { createOrganisationSchema } from '@/lib/organisations/schemas';

export async function createOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return formError(new AppError('UNAUTHENTICATED'));
  const parsed = await parseForm(createOrganisationSchema, formData);
  if (!parsed.ok) return parsed.state;
  const organisation = await createOrganisation(user, parsed.data);
  redirect(`/o/${organisation.slug}`);
}
