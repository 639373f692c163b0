'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { checkInActionBound } from '@/lib/checkins/form-data';
import { reopenCheckIn } from '@/lib/checkins/write';
import { memberAction } from '@/lib/forms/member-action';
import { formatIsoWeek } from '@/lib/weeks/iso-week';

/** "Wieder öffnen" (managers and owners): the submitted week becomes a draft again. */
export const reopenCheckInAction = memberAction(
  z.object({}),
  async (member, _input, _formData, locationId, week) => {
    await reopenCheckIn(member, locationId, week);
    const slug = member.organisation.slug;
    const path = `/o/${slug}/locations/${locationId}/checkins/${formatIsoWeek(week)}`;
    revalidatePath(path);
    revalidatePath(`/o/${slug}/checkins`);
    redirect(path);
  },
  { bound: checkInActionBound },
);
