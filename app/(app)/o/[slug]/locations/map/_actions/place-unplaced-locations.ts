'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { placeUnplacedLocations } from '@/lib/locations/placement/place-unplaced';

/** The map page's "place them from their address" button: no input beyond the organisation. */
const placeUnplacedSchema = z.object({});

export const placeUnplacedLocationsAction = memberAction(placeUnplacedSchema, async (member) => {
  const { placed, remaining } = await placeUnplacedLocations(member);
  revalidatePath(`/o/${member.organisation.slug}/locations`, 'layout');
  const t = await getTranslations('locationMap');
  return { status: 'success', message: t('placedUnplaced', { placed, remaining }) };
});
