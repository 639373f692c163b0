'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { createBenchmarkSet } from '@/lib/benchmarks/benchmark-sets';
import { benchmarkSetCreateSchema } from '@/lib/benchmarks/schemas';
import { memberAction } from '@/lib/forms/member-action';

export const createBenchmarkSetAction = memberAction(benchmarkSetCreateSchema, async (member, input) => {
  await createBenchmarkSet(member, input);
  revalidatePath(`/o/${member.organisation.slug}/benchmarks`, 'layout');
  return {
    status: 'success',
    message: (await getTranslations('benchmarks.sets'))('created', { name: input.name }),
  };
});
