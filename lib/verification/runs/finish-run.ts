import 'server-only';
import type { Transaction } from '@/lib/db/prisma';

/** Marks the run finished once none of its tasks is queued or running; harmless to repeat. */
export async function finishRunIfDone(tx: Transaction, runId: string) {
  await tx.$executeRaw`
    UPDATE verification_runs SET finished_at = now()
    WHERE id = ${runId}::uuid AND finished_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM verification_tasks
                      WHERE run_id = ${runId}::uuid AND status IN ('QUEUED', 'RUNNING'))`;
}
