import 'server-only';
import type { Transaction } from '@/lib/db/prisma';

/**
 * Marks the run finished once none of its tasks is queued or running; harmless to repeat. Tasks of
 * one run end in concurrent transactions, each of which sees the others' tasks still running: the
 * run's row is locked first, so the check runs after the transactions before it committed, and
 * the last of them sees every task ended.
 */
export async function finishRunIfDone(tx: Transaction, runId: string) {
  await tx.$queryRaw`SELECT id FROM verification_runs WHERE id = ${runId}::uuid FOR UPDATE`;
  await tx.$executeRaw`
    UPDATE verification_runs SET finished_at = now()
    WHERE id = ${runId}::uuid AND finished_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM verification_tasks
                      WHERE run_id = ${runId}::uuid AND status IN ('QUEUED', 'RUNNING'))`;
}
