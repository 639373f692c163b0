'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { setLocationArchived } from '@/lib/locations/locations';

const archiveSchema = z.object({
  locationId: z.uuid({ error: 'invalid' }),
  archived: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export const setLocationArchivedAction = memberAction(archiveSchema, async (member, input) => {
  await setLocationArchived(member, input.locationId, input.archived);
  revalidatePath(`/o/${member.organisation.slug}/locations`, 'layout');
  return { status: 'success' };
});
