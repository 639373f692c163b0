import 'server-only';
import { PgBoss } from 'pg-boss';
import { env } from '@/lib/env';
import { enqueueWith, type EnqueueVerificationJobs } from '@/lib/verification/runs/enqueue';
import { startJobQueue } from './queue';

// Where a request puts jobs: the process's own queue when it works jobs (JOBS=on), else a pg-boss
// instance that only sends (no workers, no scheduler, no maintenance), so an instance that only
// serves requests can still start a verification that the working instances then run.

const globalForSender = globalThis as unknown as { jobSender?: Promise<PgBoss> };

export function jobSender(): Promise<PgBoss> {
  if (env().JOBS === 'on') return startJobQueue();
  globalForSender.jobSender ??= startSendOnly().catch((error: unknown) => {
    globalForSender.jobSender = undefined;
    throw error;
  });
  return globalForSender.jobSender;
}

async function startSendOnly() {
  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: 'pgboss',
    max: 2,
    application_name: 'ortsbild-job-sender',
    supervise: false,
    schedule: false,
  });
  boss.on('error', (error) => console.error(`Job sender: ${error.message}`));
  await boss.start();
  return boss;
}

/** How a request queues a verification run's jobs (the data layer takes it as a parameter). */
export async function verificationEnqueue(): Promise<EnqueueVerificationJobs> {
  return enqueueWith(await jobSender());
}
