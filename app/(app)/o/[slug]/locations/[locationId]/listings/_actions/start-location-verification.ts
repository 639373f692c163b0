'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { verificationEnqueue } from '@/lib/jobs/job-sender';
import { verificationRunJson } from '@/lib/verification/run-progress';
import { startVerification } from '@/lib/verification/verification-runs';

/**
 * "Jetzt prüfen" on a location's checklist: a run of every source switched on for this location.
 * The answer carries the run's progress, which the page then follows through its JSON route.
 */
export const startLocationVerificationAction = memberAction(
  z.object({}),
  async (member, _input, _formData, locationId) => {
    const run = await startVerification(member, { locationId }, 'MANUAL', await verificationEnqueue());
    return {
      status: 'success',
      message: (await getTranslations('verification'))('run.running'),
      result: { run: JSON.stringify(await verificationRunJson(member, run)) },
    };
  },
  { bound: [z.uuid()] },
);
