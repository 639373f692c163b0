import 'server-only';
import { db } from '@/lib/db/prisma';
import type { SourceResult, VerifiableLocation } from '@/lib/verification/sources/source-result';
import { claimTasks, failTasks, requeueTasks, finishRuns, type ClaimedTask } from './claim-tasks';
import type { EnqueueVerificationJobs, VerificationJob } from './enqueue';
import { loadVerifiableLocations } from './load-locations';
import type { QueueNotificationMails } from './notify-alerts';
import { recordObservation } from './record-observation';
import { calledForSplit, splitOverpassJob } from './split-overpass-job';
import { retryDelaySeconds, type VerificationWorkerSettings } from './worker-settings';

// One job's tasks worked end to end: claimed, their locations loaded, the source asked, and each
// answer stored. A source that cannot be asked ends nothing: retryable answers (timeouts, 429,
// 5xx) queue the tasks again with a growing wait, the last attempt and refusals end them as
// failed with the reason, which the run's progress reports per source. A source that is down
// therefore delays only its own tasks.

export type AskSource = (
  locations: VerifiableLocation[],
  tasks: ClaimedTask[],
) => Promise<Map<string, SourceResult>>;

export type WorkContext = {
  settings: VerificationWorkerSettings;
  enqueue: EnqueueVerificationJobs;
  queueMails?: QueueNotificationMails;
  /** The job that works these tasks again later, when they are retried. */
  retryJob: (tasks: ClaimedTask[], startAfter: Date) => VerificationJob;
  /** Overpass: an area too large for one query is asked again in halves (split-overpass-job.ts). */
  splitsAreas?: boolean;
};

export async function workTasks(taskIds: readonly string[], ask: AskSource, context: WorkContext) {
  const tasks = await claimTasks(taskIds);
  if (tasks.length === 0) return;
  const locations = await loadVerifiableLocations(tasks.map((task) => task.locationId));
  let results: Map<string, SourceResult>;
  try {
    results = await ask(locations, tasks);
  } catch (error) {
    // A bug or a database error inside a source: report it on the tasks, never crash the worker.
    console.error('Verification source failed:', error);
    results = new Map(
      tasks.map((task) => [
        task.locationId,
        { outcome: 'unavailable', retryable: true, reason: 'internal-error' },
      ]),
    );
  }
  if (context.splitsAreas && calledForSplit(tasks, results)) {
    if (await splitOverpassJob(tasks, locations, context.enqueue)) return;
  }
  const retries: { task: ClaimedTask; reason: string; askedSeconds: number }[] = [];
  for (const task of tasks) {
    const result = results.get(task.locationId);
    if (!result) {
      await failTasks([task], 'no-answer');
    } else if (result.outcome !== 'unavailable') {
      await recordObservation(task, result, { queueMails: context.queueMails });
    } else if (result.retryable && task.attempts < context.settings.maxAttempts) {
      retries.push({ task, reason: result.reason, askedSeconds: result.retryAfterSeconds ?? 0 });
    } else {
      await failTasks([task], result.reason);
    }
  }
  await retryLater(retries, context);
}

async function retryLater(
  retries: { task: ClaimedTask; reason: string; askedSeconds: number }[],
  context: WorkContext,
) {
  if (retries.length === 0) return;
  const attempts = Math.max(...retries.map((retry) => retry.task.attempts));
  const asked = Math.max(...retries.map((retry) => retry.askedSeconds));
  const startAfter = new Date(Date.now() + retryDelaySeconds(context.settings, attempts, asked) * 1000);
  const tasks = retries.map((retry) => retry.task);
  await db.$transaction(async (tx) => {
    await requeueTasks(tx, tasks, retries[0]!.reason);
    await context.enqueue(tx, [context.retryJob(tasks, startAfter)]);
    await finishRuns(tx, tasks);
  });
}
