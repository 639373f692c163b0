import 'server-only';
import { db } from '@/lib/db/prisma';
import { boxAround } from '@/lib/verification/osm/bounding-box';
import { splitCluster } from '@/lib/verification/osm/clusters';
import type { SourceResult, VerifiableLocation } from '@/lib/verification/sources/source-result';
import type { ClaimedTask } from './claim-tasks';
import type { EnqueueVerificationJobs } from './enqueue';
import { verificationQueues } from './verification-queues';

// An area Overpass will not answer in one go — a 504 (too busy for a query that size) or an answer
// over the 2 MB body limit — is asked again as two halves at once, instead of retrying the same
// query later. The halves do not count as an attempt; a single location left is retried as usual.

const splitReasons = new Set(['status-504', 'too_large']);

export function calledForSplit(tasks: readonly ClaimedTask[], results: Map<string, SourceResult>) {
  if (tasks.length < 2) return false;
  return tasks.every((task) => {
    const result = results.get(task.locationId);
    return result?.outcome === 'unavailable' && splitReasons.has(result.reason);
  });
}

export async function splitOverpassJob(
  tasks: readonly ClaimedTask[],
  locations: readonly VerifiableLocation[],
  enqueue: EnqueueVerificationJobs,
) {
  const taskOfLocation = new Map(tasks.map((task) => [task.locationId, task]));
  const located = locations.flatMap((location) =>
    location.latitude !== null && location.longitude !== null
      ? [
          {
            taskId: taskOfLocation.get(location.id)!.id,
            latitude: location.latitude,
            longitude: location.longitude,
          },
        ]
      : [],
  );
  const halves = located.length >= 2 ? splitCluster({ box: boxAround(located), locations: located }) : null;
  if (!halves) return false;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE verification_tasks SET status = 'QUEUED', reason = 'area-split', attempts = attempts - 1
      WHERE id = ANY(${tasks.map((task) => task.id)}::uuid[]) AND status = 'RUNNING'`;
    await enqueue(
      tx,
      halves.map((half) => ({
        queue: verificationQueues.verifyOpenStreetMap,
        data: { taskIds: half.locations.map((location) => location.taskId) },
      })),
    );
  });
  return true;
}
