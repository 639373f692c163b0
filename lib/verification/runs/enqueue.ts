import 'server-only';
import { fromPrisma, type PgBoss } from 'pg-boss';
import type { Transaction } from '@/lib/db/prisma';
import { verificationQueues as jobQueues, type VerificationQueue } from './verification-queues';

// The jobs of a verification run, put into pg-boss inside the transaction that writes their
// tasks: both happen or neither. The task rows are the truth about progress; a job only says
// "work these tasks now".

/** Tasks of locations on one website host: each page is fetched once, one after the other. */
export type WebsiteJob = { taskIds: string[] };
export type OpenStreetMapJob = { taskIds: string[] };
export type GoogleJob = { taskId: string };

export type VerificationJob =
  | { queue: typeof jobQueues.verifyWebsite; data: WebsiteJob; group: string; startAfter?: Date }
  | { queue: typeof jobQueues.verifyOpenStreetMap; data: OpenStreetMapJob; startAfter?: Date }
  | { queue: typeof jobQueues.verifyGoogle; data: GoogleJob; startAfter?: Date };

export type EnqueueVerificationJobs = (tx: Transaction, jobs: VerificationJob[]) => Promise<void>;

/** Every source's jobs form one group, so `groupConcurrency` limits a source across all instances. */
const groupOfQueue: Record<VerificationQueue, string> = {
  [jobQueues.verifyWebsite]: 'website',
  [jobQueues.verifyOpenStreetMap]: 'overpass',
  [jobQueues.verifyGoogle]: 'google',
};

export function enqueueWith(boss: PgBoss): EnqueueVerificationJobs {
  return async (tx, jobs) => {
    const byQueue = new Map<VerificationQueue, VerificationJob[]>();
    for (const job of jobs) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
    for (const [queue, queued] of byQueue) {
      await boss.insert(
        queue,
        queued.map((job) => ({
          data: job.data,
          startAfter: job.startAfter,
          // Websites: one group per host, so one site is never asked twice at once.
          group: { id: 'group' in job ? job.group : groupOfQueue[queue] },
        })),
        { db: fromPrisma(tx) },
      );
    }
  };
}
