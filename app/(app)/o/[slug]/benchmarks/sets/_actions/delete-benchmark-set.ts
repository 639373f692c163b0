'use server';

import { revalidatePath } from 'next/cache';
import { deleteBenchmarkSet } from '@/lib/benchmarks/benchmark-sets';
import { benchmarkSetIdSchema } from '@/lib/benchmarks/schemas';
import { memberAction } from '@/lib/forms/member-action';

export const deleteBenchmarkSetAction = memberAction(benchmarkSetIdSchema, async (member, input) => {
  await deleteBenchmarkSet(member, input.setId);
  revalidatePath(`/o/${member.organisation.slug}/benchmarks`, 'layout');
  return { status: 'success' };
});
