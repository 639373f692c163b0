'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { createLocation } from '@/lib/locations/locations';
import { newLocationInputSchema } from '@/lib/locations/schemas';
import { ruleErrorState } from '@/lib/time-entries/rule-errors';

// A blank store code is generated for a business's first two sites; from the third on the data
// layer refuses it on the field, like any other bad input.
export const createLocationAction = memberAction(newLocationInputSchema, async (member, input, formData) => {
  let id: string;
  try {
    ({ id } = await createLocation(member, input));
  } catch (error) {
    if (error instanceof z.ZodError) return ruleErrorState(error, formData);
    throw error;
  }
  redirect(`/o/${member.organisation.slug}/locations/${id}`);
});
