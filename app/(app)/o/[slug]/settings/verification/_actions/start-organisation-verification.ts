'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { verificationEnqueue } from '@/lib/jobs/job-sender';
import { verificationRunJson } from '@/lib/verification/run-progress';
import { startVerification } from '@/lib/verification/verification-runs';

/** "Jetzt alle Standorte prüfen" (managers and owners): one run over every active location. */
export const startOrganisationVerificationAction = memberAction(z.object({}), async (member) => {
  const run = await startVerification(member, { locationId: null }, 'MANUAL', await verificationEnqueue());
  return {
    status: 'success',
    message: (await getTranslations('verification'))('run.running'),
    result: { run: JSON.stringify(await verificationRunJson(member, run)) },
  };
});
