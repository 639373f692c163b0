'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { memberAction } from '@/lib/forms/member-action';
import { updateLocation } from '@/lib/locations/locations';
import { locationIdSchema, locationInputSchema } from '@/lib/locations/schemas';

export const updateLocationAction = memberAction(locationInputSchema, async (member, input, formData) => {
  const parsedId = locationIdSchema.safeParse({ locationId: formData.get('locationId') });
  if (!parsedId.success) throw new AppError('NOT_FOUND');
  await updateLocation(member, parsedId.data.locationId, input);
  const path = `/o/${member.organisation.slug}/locations/${parsedId.data.locationId}`;
  revalidatePath(path);
  redirect(path);
});
