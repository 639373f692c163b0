import 'server-only';
import { db, type Transaction } from '@/lib/db/prisma';
import type { VerificationSource } from '@/lib/generated/prisma/enums';
import { finishRunIfDone } from './finish-run';

// A job's tasks move from queued to running as the job starts (attempts counted), and end done,
// failed or queued again for a retry. A task that already ended (a job delivered twice) is not
// claimed again, so its work happens once.

export type ClaimedTask = {
  id: string;
  runId: string;
  organisationId: string;
  locationId: string;
  source: VerificationSource;
  attempts: number;
};

export async function claimTasks(taskIds: readonly string[]): Promise<ClaimedTask[]> {
  return db.$queryRaw<ClaimedTask[]>`
    UPDATE verification_tasks SET status = 'RUNNING', attempts = attempts + 1
    WHERE id = ANY(${taskIds}::uuid[]) AND status IN ('QUEUED', 'RUNNING')
    RETURNING id, run_id AS "runId", organisation_id AS "organisationId", location_id AS "locationId",
              source, attempts`;
}

/** Ends tasks without an observation: the source failed for good, or the location is gone. */
export async function failTasks(tasks: readonly ClaimedTask[], reason: string) {
  if (tasks.length === 0) return;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE verification_tasks SET status = 'FAILED', reason = ${reason}, finished_at = now()
      WHERE id = ANY(${tasks.map((task) => task.id)}::uuid[]) AND status = 'RUNNING'`;
    await finishRuns(tx, tasks);
  });
}

/** Queues tasks again for a later attempt, with the reason the last one did not finish. */
export async function requeueTasks(tx: Transaction, tasks: readonly ClaimedTask[], reason: string) {
  await tx.$executeRaw`
    UPDATE verification_tasks SET status = 'QUEUED', reason = ${reason}
    WHERE id = ANY(${tasks.map((task) => task.id)}::uuid[]) AND status = 'RUNNING'`;
}

export async function finishRuns(tx: Transaction, tasks: readonly Pick<ClaimedTask, 'runId'>[]) {
  for (const runId of new Set(tasks.map((task) => task.runId))) await finishRunIfDone(tx, runId);
}
