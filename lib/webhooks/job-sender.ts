import 'server-only';
import { PgBoss } from 'pg-boss';
import { env } from '@/lib/env';

// Where the data layer puts delivery jobs: the job queue started in this process (the server's
// with JOBS=on, or a test's own on its database), else a pg-boss instance that only sends (no
// workers, scheduler or maintenance), as lib/jobs/job-sender.ts does for requests; not imported
// from there, since the job queue's workers themselves emit events (listing alerts).

const globalForWebhooks = globalThis as unknown as {
  webhookBoss?: PgBoss;
  webhookSendOnly?: Promise<PgBoss>;
};

/** Called by createJobQueue: this process' queue takes the jobs until it stops. */
export function registerWebhookJobSender(boss: PgBoss) {
  globalForWebhooks.webhookBoss = boss;
  boss.once('stopped', () => {
    if (globalForWebhooks.webhookBoss === boss) globalForWebhooks.webhookBoss = undefined;
  });
}

export function webhookJobSender(): Promise<PgBoss> {
  const own = globalForWebhooks.webhookBoss;
  if (own) return Promise.resolve(own);
  globalForWebhooks.webhookSendOnly ??= startSendOnly().catch((error: unknown) => {
    globalForWebhooks.webhookSendOnly = undefined;
    throw error;
  });
  return globalForWebhooks.webhookSendOnly;
}

async function startSendOnly() {
  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: 'pgboss',
    max: 2,
    application_name: 'ortsbild-webhook-sender',
    supervise: false,
    schedule: false,
  });
  boss.on('error', (error) => console.error(`Webhook job sender: ${error.message}`));
  await boss.start();
  return boss;
}
