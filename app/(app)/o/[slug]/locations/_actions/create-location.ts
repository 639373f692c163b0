'use server';

import { redirect } from 'next/navigation';
import { memberAction } from '@/lib/forms/member-action';
import { createLocation } from '@/lib/locations/locations';
import { locationInputSchema } from '@/lib/locations/schemas';

export const createLocationAction = memberAction(locationInputSchema, async (member, input) => {
  const { id } = await createLocation(member, input);
  redirect(`/o/${member.organisation.slug}/locations/${id}`);
});
