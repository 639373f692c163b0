// Waiting for something another process, connection or timer does: poll what the test can observe
// (a row, a lock in pg_locks, a counter, a log line) instead of sleeping a fixed time, which is too
// long on a fast machine and too short on a busy one.

/**
 * Resolves once `condition` holds, checking every `intervalMs`; fails after `timeoutMs`. Returns
 * how long it took in milliseconds, for tests that hold the wait itself to a budget.
 */
export async function until(
  condition: () => Promise<boolean> | boolean,
  { timeoutMs = 10_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return Date.now() - started;
}
