'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { applyHolidayHours } from '@/lib/publishing/holiday-hours/apply';
import { readChoiceForm } from '@/lib/publishing/holiday-hours/form-input';
import { holidayHoursBatchIdSchema, holidayHoursInputSchema } from '@/lib/publishing/holiday-hours/schemas';
import { undoHolidayHours } from '@/lib/publishing/holiday-hours/undo';

// Apply a previewed choice, and undo a batch. The data layer decides who may (owners and
// managers; a limited manager within their groups) and writes all or nothing.

const pagePath = (slug: string) => `/o/${slug}/locations/special-hours`;

export const applyHolidayHoursAction = memberAction(
  holidayHoursInputSchema,
  async (member, choice) => {
    const batch = await applyHolidayHours(member, choice);
    revalidatePath(`/o/${member.organisation.slug}/locations`, 'layout');
    redirect(
      `${pagePath(member.organisation.slug)}?applied=${batch.id}&count=${batch.locationCount}#batches`,
    );
  },
  { read: (form) => readChoiceForm(form) },
);

export const undoHolidayHoursAction = memberAction(
  z.object({}),
  async (member, _input, _form, batchId) => {
    const undone = await undoHolidayHours(member, batchId);
    revalidatePath(`/o/${member.organisation.slug}/locations`, 'layout');
    // The row's button gives way to "undone", so the answer is the page's, like an apply's.
    redirect(
      `${pagePath(member.organisation.slug)}?undone=${batchId}&removed=${undone.removed}&restored=${undone.restored}#batches`,
    );
  },
  { bound: [holidayHoursBatchIdSchema] },
);
