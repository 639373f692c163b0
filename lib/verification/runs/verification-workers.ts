import 'server-only';
import type { PgBoss } from 'pg-boss';
import { verificationQueues as jobQueues } from './verification-queues';
import { askGoogle, askOpenStreetMap, askWebsite } from './ask-sources';
import { enqueueWith, type GoogleJob, type OpenStreetMapJob, type WebsiteJob } from './enqueue';
import type { QueueNotificationMails } from './notify-alerts';
import { workTasks, type WorkContext } from './work-tasks';
import type { VerificationWorkerSettings } from './worker-settings';

// The verification queues and their workers. Concurrency per source holds across all instances
// through pg-boss' group concurrency (database-tracked): Overpass one request at a time, one
// website host at a time, Google four. Retries of a source that cannot be asked are the tasks'
// own (work-tasks.ts: the wait grows and honours Retry-After); pg-boss' retry only covers a
// worker that died mid-job.

const jobOptions = { retryLimit: 2, retryDelay: 30, expireInSeconds: 300 } as const;
/** A website job asks up to 25 pages of one host, 2 s apart and each within 15 s. */
const websiteJobSeconds = 900;

export async function createVerificationQueues(boss: PgBoss) {
  for (const queue of [jobQueues.verifyWebsite, jobQueues.verifyOpenStreetMap, jobQueues.verifyGoogle]) {
    await boss.createQueue(queue, {
      policy: 'standard',
      ...jobOptions,
      ...(queue === jobQueues.verifyWebsite ? { expireInSeconds: websiteJobSeconds } : {}),
    });
  }
}

export async function registerVerificationWorkers(
  boss: PgBoss,
  settings: VerificationWorkerSettings,
  queueMails: QueueNotificationMails | undefined,
) {
  const enqueue = enqueueWith(boss);
  const polling =
    settings.pollingIntervalSeconds === undefined
      ? {}
      : { pollingIntervalSeconds: settings.pollingIntervalSeconds };
  const context = (retryJob: WorkContext['retryJob']): WorkContext => ({
    settings,
    enqueue,
    queueMails,
    retryJob,
  });

  await boss.work<WebsiteJob>(
    jobQueues.verifyWebsite,
    { localConcurrency: 2, groupConcurrency: 1, ...polling },
    async ([job]) => {
      await workTasks(
        job!.data.taskIds,
        askWebsite(settings),
        context((tasks, startAfter) => ({
          queue: jobQueues.verifyWebsite,
          data: { taskIds: tasks.map((task) => task.id) },
          group: job!.groupId ?? 'website:retry',
          startAfter,
        })),
      );
    },
  );
  await boss.work<OpenStreetMapJob>(
    jobQueues.verifyOpenStreetMap,
    { localConcurrency: 1, groupConcurrency: 1, ...polling },
    async ([job]) => {
      await workTasks(job!.data.taskIds, askOpenStreetMap(settings), {
        ...context((tasks, startAfter) => ({
          queue: jobQueues.verifyOpenStreetMap,
          data: { taskIds: tasks.map((task) => task.id) },
          startAfter,
        })),
        splitsAreas: true,
      });
    },
  );
  await boss.work<GoogleJob>(
    jobQueues.verifyGoogle,
    { localConcurrency: 2, groupConcurrency: 4, ...polling },
    async ([job]) => {
      await workTasks(
        [job!.data.taskId],
        askGoogle(settings),
        context(([task], startAfter) => ({
          queue: jobQueues.verifyGoogle,
          data: { taskId: task!.id },
          startAfter,
        })),
      );
    },
  );
}
